import { describe, expect, it } from 'vitest';
import { readConllu } from '../../../scripts/tagger/read-conllu.ts';
import { labelSpan, CLASSES } from '../../../scripts/tagger/label-spans.ts';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { nameSpans } from '../../../src/core/entities/model/name-spans.ts';

// Two paragraphs in GUM's layout (columns: id form lemma upos xpos feats head deprel deps misc): nested mentions open
// and close across tokens, one opens and closes on one token, a multi-word token ("You'll") and a place before a head
// noun ("the Armenian quarter").
const SAMPLE = [
  '# newdoc id = GUM_voyage_sample',
  '# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity',
  '# newpar',
  '# newpar_block = p (2 s)',
  '# sent_id = GUM_voyage_sample-1',
  '# text = Cleveland lies on Lake Erie, in Cuyahoga County.',
  '1\tCleveland\tCleveland\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-place-new-sssss-cf1-1-coref-Cleveland)',
  '2\tlies\tlie\tVERB\tVBZ\t_\t0\troot\t_\t_',
  '3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_',
  '4\tLake\tLake\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(2-place-new-nssns-cf2-1,2-coref-Lake_Erie',
  '5\tErie\tErie\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=2)|SpaceAfter=No',
  '6\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_',
  '7\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_',
  '8\tCuyahoga\tCuyahoga\tPROPN\tNNP\t_\t9\tcompound\t_\tEntity=(3-place-new-nnnnn-cf4-2-sgl-Cuyahoga_County%2C_Ohio',
  '9\tCounty\tCounty\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=3)|SpaceAfter=No',
  '10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
  '# sent_id = GUM_voyage_sample-2',
  "# text = You'll love the Armenian quarter.",
  "1-2\tYou'll\t_\t_\t_\t_\t_\t_\t_\t_",
  '1\tYou\tyou\tPRON\tPRP\t_\t3\tnsubj\t_\tEntity=(4-person-acc:com-nnnnn-cf1-1-sgl)',
  "2\t'll\twill\tAUX\tMD\t_\t3\taux\t_\t_",
  '3\tlove\tlove\tVERB\tVB\t_\t0\troot\t_\t_',
  '4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(5-place-new-nnnnn-cf2-3-sgl',
  '5\tArmenian\tArmenian\tADJ\tJJ\t_\t6\tamod\t_\t_',
  '6\tquarter\tquarter\tNOUN\tNN\t_\t3\tobj\t_\tEntity=5)|SpaceAfter=No',
  '7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
  '',
  '# newpar',
  '# sent_id = GUM_voyage_sample-3',
  '# text = Visit Ohio.',
  '1\tVisit\tvisit\tVERB\tVB\t_\t0\troot\t_\t_',
  '2\tOhio\tOhio\tPROPN\tNNP\t_\t1\tobj\t_\tEntity=(6-place-new-sssss-cf1-1-coref-Ohio)|SpaceAfter=No',
  '3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  const doc = readConllu(SAMPLE);
  const [first, second] = doc.paragraphs;

  it('joins sentences into paragraphs at "# newpar"', () => {
    expect(doc.id).toBe('GUM_voyage_sample');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      "Cleveland lies on Lake Erie, in Cuyahoga County. You'll love the Armenian quarter.",
      'Visit Ohio.',
    ]);
  });

  it('reads mentions across tokens and on one token, with offsets into the paragraph', () => {
    const text = first?.text ?? '';
    expect(first?.mentions.map((m) => [text.slice(m.start, m.end), m.type, m.identity])).toEqual([
      ['Cleveland', 'place', 'Cleveland'],
      ['Lake Erie', 'place', 'Lake_Erie'],
      ['Cuyahoga County', 'place', 'Cuyahoga_County%2C_Ohio'],
      ['You', 'person', ''],
      ['the Armenian quarter', 'place', ''],
    ]);
    expect(second?.mentions.map((m) => second.text.slice(m.start, m.end))).toEqual(['Ohio']);
  });

  it('keeps the proper nouns', () => {
    const text = first?.text ?? '';
    expect(first?.propn.map((p) => text.slice(p.start, p.end))).toEqual([
      'Cleveland',
      'Lake',
      'Erie',
      'Cuyahoga',
      'County',
    ]);
  });

  it('drops a sentence whose tokens are not in its text rather than misalign it', () => {
    const broken = SAMPLE.replace('# text = Visit Ohio.', '# text = Visit Iowa.');
    expect(readConllu(broken).paragraphs.map((p) => p.text)).toHaveLength(1);
  });
});

describe('labelSpan', () => {
  it.each<[string, string]>([
    ['Cleveland', 'place'],
    ['Lake Erie', 'place'],
    ['Cuyahoga County', 'place'],
    // a run of capitals across a mention's edge ("Visit" is in none); a proper adjective before its mention's head noun
    ['Visit Ohio', 'none'],
    ['Armenian', 'none'],
  ])('%s → %s', (span, label) => {
    const labels = readConllu(SAMPLE).paragraphs.flatMap((gold) => {
      const doc = tokenize(gold.text);
      return nameSpans(doc)
        .filter((s) => gold.text.slice(doc.tokens[s.first]?.start, doc.tokens[s.last - 1]?.end) === span)
        .map((s) => CLASSES[labelSpan(doc, s, gold)]);
    });
    expect(labels).toEqual([label]);
  });
});
