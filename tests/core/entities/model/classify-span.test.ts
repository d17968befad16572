import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { classifyName, classifySpan } from '../../../../src/core/entities/model/classify-name.ts';
import { lowerCaseKeys, nameFeatures } from '../../../../src/core/entities/model/name-features.ts';
import { nameSpans } from '../../../../src/core/entities/model/name-spans.ts';

describe('classifySpan', () => {
  // runs of capitals of every kind the features tell apart: initials, acronyms, titles, "the", a sentence start
  const texts = [
    'Dr. Okonkwo Adeyemi met the Rolling Stones in Borussia Dortmund’s stadium on Monday.',
    'Reading the report, NATO and the U.S. State Department said McCain Industries Ltd would close.',
    'Skanska, a Swedish firm, hired J. R. Tolkien; Mount Kenya and the Kyiv City Council were named.',
    'The reading was over. Reading FC lost. A Canadian convention in São Paulo ended.',
  ];

  it('gives the guess classifyName gives the span’s feature strings', () => {
    let asked = 0;
    for (const text of texts) {
      const doc = tokenize(text);
      const lower = lowerCaseKeys(doc);
      for (const span of nameSpans(doc)) {
        expect(classifySpan(doc, span, lower)).toEqual(classifyName(nameFeatures(doc, span, lower)));
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(15);
  });
});
