// Who said what: statements are marked in the text with their speaker (not by colour alone), an entity page lists
// what it said with links to the paragraphs, ?speaker= narrows the list and the story, /insights has a "Who said
// what" table, its view downloads as CSV and JSON whose rows match the page, and "Cite" copies a citation.
import { check, eventually, expectInViewport, expectNoAxeViolations } from '../harness/expect.ts';
import { byId, rendered, storyPath } from '../harness/pages.ts';
import { corpusAtLoad, expect, test } from '../harness/test.ts';
import { readFileSync } from 'node:fs';

const corpus = corpusAtLoad();
const first = corpus.stories[0];

/** Splits a CSV (RFC 4180, CRLF line ends) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

if (first) {
  test('statements are marked with their speaker, named for screen readers too', async ({ page, goto }) => {
    await goto(storyPath(first));
    await rendered(page);
    const statements = page.locator('main .statement');
    await expect(statements, 'no statement is marked').not.toHaveCount(0);
    const one = statements.first();
    const hidden = (await one.locator('.visually-hidden').first().textContent()) ?? '';
    check(/^Statement by .+: $/.test(hidden), `the statement is announced as "${hidden}"`);
    const by = (await one.locator('.statement__by').textContent()) ?? '';
    check(
      by.replace(/[◂()\s]|end of statement by/g, '').length > 0,
      `no visible speaker after the statement ("${by}")`,
    );
    await expectNoAxeViolations(page, 'a story with marked statements');
  });

  test('a speaker links to its page, whose "What they said" links back to the paragraph', async ({
    page,
    goto,
  }) => {
    await goto(storyPath(first));
    await rendered(page);
    const speaker = page.locator('main .statement__by a').first();
    const name = ((await speaker.textContent()) ?? '').trim();
    await speaker.click();
    await expect(page.getByRole('heading', { level: 2, name: /^What (they|it) said$/ })).toBeVisible();
    const links = page.locator('.entity-statements__quote a');
    check((await links.count()) > 0, `${name}'s page lists no statement`);
    const href = (await links.first().getAttribute('href')) ?? '';
    check(
      /[?&]speaker=(person|organization)%3A/.test(href),
      `statement link ${href} carries no speaker filter`,
    );
    await links.first().click();
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expectInViewport(page.locator(`p${byId(hash)}`), 'the statement’s paragraph');
    await expect(
      page.locator(`p${byId(hash)} .statement`),
      'the paragraph marks no statement',
    ).not.toHaveCount(0);
  });

  test('?speaker= keeps only the stories and paragraphs with their statements', async ({ page, goto }) => {
    await goto(storyPath(first));
    await rendered(page);
    const speaker = page.locator('main .statement__by a').first();
    const name = ((await speaker.textContent()) ?? '').trim();
    await speaker.click();
    await page.getByRole('link', { name: `Show only the stories with statements by ${name}` }).click();
    await expect(page.getByText(`Only statements by ${name}`)).toBeVisible();
    const listed = await page.locator('main .story-card, main article').count();
    check(listed >= 1 && listed <= corpus.stories.length, `${listed} stories listed for ${name}`);
    await page.locator('main h2 a, main h3 a').first().click();
    await rendered(page);
    await expect(async () => {
      const shown = await page.locator('main p[id^="p-"]').count();
      const said = await page.locator(`main .statement[data-speaker]`).count();
      check(shown > 0 && said > 0, `the story shows ${shown} paragraphs and ${said} statements`);
    }).toPass();
  });
}

test('/insights lists who said what, and its view downloads as CSV and JSON with the same rows', async ({
  page,
  goto,
  app,
}) => {
  await goto('/insights');
  await rendered(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Who said what' })).toBeVisible();
  const tableRows = await page.locator('.insights-quotes tbody tr').count();
  check(tableRows > 0, 'the "Who said what" table is empty');
  const moneyRows = await page
    .getByRole('region', { name: 'Money', exact: true })
    .locator('tbody tr')
    .count();

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  check(csvDownload.suggestedFilename().endsWith('.csv'), `downloaded ${csvDownload.suggestedFilename()}`);
  check(
    csvDownload.url().startsWith('blob:'),
    `the CSV came from ${csvDownload.url()}, not built in the page`,
  );
  const rows = parseCsv(readFileSync((await csvDownload.path()) ?? '', 'utf8'));
  const [header, ...body] = rows;
  check(
    header?.join(',') === 'table,name,type,count,amount,currency,date,text,story,line,link',
    `header ${header}`,
  );
  const of = (table: string) => body.filter((r) => r[0] === table);
  check(of('quote').length === tableRows, `${of('quote').length} quote rows, the table shows ${tableRows}`);
  check(of('money').length === moneyRows, `${of('money').length} money rows, the table shows ${moneyRows}`);
  check(of('entity').length > 0 && of('paragraph').length > 0 && of('date').length > 0, 'a table is missing');
  for (const r of [...of('quote'), ...of('paragraph')]) {
    const link = r[10] ?? '';
    check(link.startsWith(app.origin) && /#p-\d+$/.test(link), `row link ${link}`);
    check(r.length === header.length, `a row has ${r.length} cells`);
  }

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const view = JSON.parse(readFileSync((await jsonDownload.path()) ?? '', 'utf8')) as Record<
    string,
    unknown[]
  >;
  check(view.quotes?.length === tableRows, `the JSON has ${view.quotes?.length} quotes`);
  check(
    Array.isArray(view.timeline) && Array.isArray(view.entities),
    'the JSON lacks the timeline or entities',
  );
});

if (first) {
  test.describe(() => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('"Cite" copies the digest, story, section, line and link of a paragraph', async ({
      page,
      goto,
      app,
    }) => {
      await goto(storyPath(first));
      await rendered(page);
      const paragraph = page.locator('main .para').first();
      await paragraph.hover();
      const line = (await paragraph.locator('p').getAttribute('data-line')) ?? '';
      await paragraph.getByRole('button', { name: `Cite paragraph at line ${line}` }).click();
      const text = await eventually(async () => {
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        check(copied.includes(`line ${line}.`), `copied "${copied}"`);
        return copied;
      });
      check(text.includes(`“${first.title}”`), `the citation "${text}" lacks the headline`);
      check(/\.txt, line \d+\. /.test(text), `the citation "${text}" lacks the digest`);
      check(
        text.includes(`${app.origin}`) && text.includes(`#p-${line}`),
        `the citation "${text}" lacks the link`,
      );
    });
  });
}
