import type { AnnotatedText, MergedDocument } from '../06-merge-aliases.ts';
import { translitKey } from './translit-key.ts';

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti": the capitalized word after ", known as" behind a person is the same
 * person's (`alias:known-as`), for the sweep of step 7. Not after a place or an organization, nor without the comma;
 * a form already known keeps its entity.
 */
export function addKnownAsForms(
  forms: MergedDocument['forms'],
  texts: readonly AnnotatedText[],
  links: MergedDocument['links'],
): void {
  texts.forEach((t, ti) =>
    t.candidates.forEach((c, ci) => {
      const id = links[ti]?.[ci]?.entityId;
      const tk = t.doc.tokens;
      const nick = tk[c.last + 3];
      if (
        c.type !== 'person' ||
        !id ||
        tk[c.last]?.text !== ',' ||
        tk[c.last + 1]?.key !== 'known' ||
        tk[c.last + 2]?.key !== 'as'
      )
        return;
      if (nick?.kind === 'word' && nick.cap && !forms.has(translitKey(nick.text)))
        forms.set(translitKey(nick.text), { entityId: id, rule: 'alias:known-as' });
    }),
  );
}
