import { plural } from '../../core/text/plural.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { currencyNote, formatMoney } from '../../core/insights/insight-labels.ts';
import {
  moneyTotals,
  sortMoneyRows,
  type MoneyRow,
  type MoneySort,
} from '../../core/insights/money-table.ts';
import { paragraphPath } from '../../url/paths.ts';
import { InsightContext } from './insight-context.tsx';
import { useMoreRows } from './use-more-rows.tsx';
import { ScrollTable } from './scroll-table.tsx';

function SortButton({
  by,
  label,
  sort,
  descending,
  onSort,
}: {
  by: MoneySort;
  label: string;
  sort: MoneySort;
  descending: boolean;
  onSort: (by: MoneySort) => void;
}) {
  const active = sort === by;
  return (
    <button type="button" className="insights-sort" onClick={() => onSort(by)}>
      {label}
      <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ' ⇅'}</span>
    </button>
  );
}

/** Every money mention: amount, currency, the text as written, context and story; sortable by amount or story. */
export function InsightsMoney({ rows, search }: { rows: readonly MoneyRow[]; search: string }) {
  const [sort, setSort] = useState<MoneySort>('amount');
  const [descending, setDescending] = useState(true);
  const onSort = (by: MoneySort) => {
    if (by === sort) setDescending(!descending);
    else {
      setSort(by);
      setDescending(by === 'amount');
    }
  };
  const { shown, more } = useMoreRows(sortMoneyRows(rows, sort, descending), ['mention', 'mentions']);
  const ariaSort = (by: MoneySort) => (sort === by ? (descending ? 'descending' : 'ascending') : undefined);
  return (
    <section className="insights-section" aria-labelledby="insights-money">
      <h2 id="insights-money">Money</h2>
      {rows.length === 0 ? (
        <p>No amounts of money in these paragraphs.</p>
      ) : (
        <>
          <p className="insights-meta">
            {plural(rows.length, 'mention', 'mentions')}:{' '}
            {moneyTotals(rows)
              .map((t) => `${formatMoney(t.total, t.currency)} in ${plural(t.count, 'mention', 'mentions')}`)
              .join('; ')}
            . Amounts sort within each currency.
          </p>
          <p className="insights-money__narrow insights-money__sortbar">
            Sort by{' '}
            <SortButton by="amount" label="amount" sort={sort} descending={descending} onSort={onSort} />{' '}
            <SortButton by="story" label="story" sort={sort} descending={descending} onSort={onSort} />
          </p>
          <ScrollTable label="Money mentions" className="insights-table">
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort('amount')}>
                  <SortButton
                    by="amount"
                    label="Amount"
                    sort={sort}
                    descending={descending}
                    onSort={onSort}
                  />
                </th>
                <th scope="col" className="insights-money__aux">
                  Currency
                </th>
                <th scope="col" className="insights-money__aux">
                  As written
                </th>
                <th scope="col">Context</th>
                <th scope="col" className="insights-money__wide" aria-sort={ariaSort('story')}>
                  <SortButton by="story" label="Story" sort={sort} descending={descending} onSort={onSort} />
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={`${row.at.storyId}-${row.at.paragraph.id}-${row.mention.start}`}>
                  <td className="insights-table__number">{formatMoney(row.amount, row.currency)}</td>
                  <td className="insights-money__aux">
                    {row.currency}
                    {row.currencyFrom !== 'text' && (
                      <span className="insights-meta"> ({currencyNote(row.currencyFrom)})</span>
                    )}
                  </td>
                  <td className="insights-money__aux">{row.surface}</td>
                  <td>
                    <Link to={paragraphPath(row.at.storyId, row.at.sectionId, row.at.paragraph.id, search)}>
                      <InsightContext
                        text={row.at.paragraph.text}
                        mention={row.mention}
                        type="money"
                        width={45}
                      />
                    </Link>
                    <span className="insights-meta insights-money__narrow">{row.at.storyTitle}</span>
                  </td>
                  <td className="insights-money__wide">{row.at.storyTitle}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {more}
        </>
      )}
    </section>
  );
}
