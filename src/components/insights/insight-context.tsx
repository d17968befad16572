import { keywordInContext } from '../../core/query/keyword-in-context.ts';
import type { Mention } from '../../core/schema.ts';

/** A mention with the words around it, the mention marked in its type's colour. */
export function InsightContext({
  text,
  mention,
  type,
  width = 60,
}: {
  text: string;
  mention: Mention;
  type: string;
  width?: number;
}) {
  const k = keywordInContext(text, mention, width);
  return (
    <span className="insights-kwic">
      {k.cutBefore ? '…' : ''}
      {k.before}
      <mark className={`mention mention--${type}`}>{k.keyword}</mark>
      {k.after}
      {k.cutAfter ? '…' : ''}
    </span>
  );
}
