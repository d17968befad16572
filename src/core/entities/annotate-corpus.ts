import type {
  Corpus,
  Document,
  Entity,
  Mention,
  Paragraph,
  ParsedDocument,
  Quote,
  StorySource,
} from '../schema.ts';
import { storySourceRule } from './rules/story-source-rule.ts';
import type { AnnotatedText, EntityDraft } from './06-merge-aliases.ts';
import type { Candidate, TokenizedText } from './candidate.ts';
import { tokenize } from './01-tokenize.ts';
import { lazyTokenizer } from './lazy-tokenizer.ts';
import { matchGazetteer } from './02-gazetteer.ts';
import { matchContextRules } from './03-context-rules.ts';
import { matchValues } from './04-values.ts';
import { applyNameModel } from './model/apply-name-model.ts';
import { NAME_MODEL } from './model/classify-name.ts';
import { nameChunks } from './rules/name-chunks.ts';
import { resolveOverlaps } from './05-resolve-overlaps.ts';
import { mergeAliases, type MergedDocument } from './06-merge-aliases.ts';
import { surnamesAcross, withCorpusSurnames } from './alias/corpus-surnames.ts';
import { linkMentions } from './07-link-mentions.ts';
import { storyCurrency } from './values/story-currency.ts';
import { headlineSupport } from './headline-support.ts';
import { truecaseHeadline } from './truecase-headline.ts';
import { isTitleCase } from './rules/cut-name-guard.ts';
import { emptyList } from '../array/empty-list.ts';
import { addQuotes } from '../quotes/add-quotes.ts';

/**
 * Steps 2–5 on one tokenized text: every rule's candidates, then one span per stretch of text. `kept` is the text
 * as later steps keep it (a lazy one, whose tokens are cut again when asked for), else the tokens given.
 */
export function annotateText(
  doc: TokenizedText,
  source: StorySource | null,
  kept?: TokenizedText,
): AnnotatedText {
  const known = matchGazetteer(doc);
  // the runs of capitals the cue rules and the name model both read, cut once
  const chunks = nameChunks(doc);
  // names no list or cue finds, where no rule's candidate is; a weak rule's span the model is sure is no name dropped
  const candidates = applyNameModel(
    doc,
    known.concat(matchContextRules(doc, known, chunks), matchValues(doc)),
    NAME_MODEL,
    chunks,
  );
  const s = source ? storySourceRule(doc, source) : null;
  if (s) candidates.push(s);
  // the tokens are not kept with the candidates: a digest's tokens all at once cost more than the rest together
  const resolved = candidates.length === 0 ? NO_CANDIDATES : resolveOverlaps(candidates);
  return { doc: kept ?? doc, candidates: resolved.length === 0 ? NO_CANDIDATES : resolved };
}

const NO_CANDIDATES = emptyList<Candidate>();
const NO_MENTIONS = emptyList<Mention>();
const NO_PARAGRAPHS = emptyList<Paragraph>();
const NO_QUOTES = emptyList<Quote>();

/** Past this many characters of text a digest's tokens are not kept (about 150 bytes a token: ~30 MB at 1 M). */
const LAZY_FROM_CHARS = 1_000_000;

function textLength(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.length;
  return n;
}

/** Finds and merges the entities of parsed documents, returning them with their mentions. */
export function annotateCorpus(documents: readonly ParsedDocument[]): Corpus {
  const drafts = new Map<string, EntityDraft>();
  const aliases = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  // pass 1: each document's candidates and entities
  const passes = documents.map((d) => {
    // every text of the document in reading order: headline, heading, paragraphs
    const texts: string[] = [];
    const sources: (StorySource | null)[] = [];
    const storyOf: number[] = [];
    // which texts are a headline or heading: a flag a text, not a set (a digest may have a million headings)
    const headlines: boolean[] = [];
    d.stories.forEach((s, n) => {
      headlines.push(true);
      texts.push(s.title);
      sources.push(null);
      s.sections.forEach((sec, si) => {
        headlines.push(true);
        texts.push(sec.heading ?? '');
        sources.push(null);
        // the source a story opens with ("Al-Madina News: While …") is in its first paragraph
        sec.paragraphs.forEach((p, pi) => {
          headlines.push(false);
          texts.push(p.text);
          sources.push(si === 0 && pi === 0 && s.source?.in === undefined ? s.source : null);
        });
      });
      while (storyOf.length < texts.length) storyOf.push(n);
    });
    // A digest of ordinary size keeps its texts' tokens: later steps read each text's tokens several times, and
    // cutting them again each time made extraction slower than the rules. A large one keeps only its texts, the
    // tokens cut again when asked for (see lazyTokenizer), so that memory grows with the text, not per token.
    const eager = textLength(texts) < LAZY_FROM_CHARS;
    const docs: TokenizedText[] = eager ? texts.map(tokenize) : texts.map(lazyTokenizer());
    // a Title-Case headline is read with the case its story's body gives its words, and its names need the body's support
    const bodies: TokenizedText[][] = d.stories.map(() => []);
    docs.forEach((t, i) => {
      if (!headlines[i]) bodies[storyOf[i] ?? 0]?.push(t);
    });
    // the body's text joined once per story, not once per heading (a story may have many)
    const bodyTexts = new Map<number, string>();
    const raw = texts.map((text, i) => {
      const doc = docs[i];
      const tokens = eager && doc ? doc : tokenize(text);
      if (!headlines[i]) return annotateText(tokens, sources[i] ?? null, doc);
      const n = storyOf[i] ?? 0;
      const body = bodies[n] ?? [];
      // a headline keeps its true-cased tokens, which later steps read; one that reads as it is written (most:
      // "Talks resume in Vienna") keeps only its text in a large digest, which may have a million headings
      const cased = truecaseHeadline(tokens, body);
      const a = annotateText(cased, sources[i] ?? null, cased === tokens ? doc : undefined);
      if (a.candidates.length === 0) return a;
      const joined = bodyTexts.get(n) ?? body.map((b) => b.text).join('\n');
      bodyTexts.set(n, joined);
      // whether the headline was in Title Case is read before true-casing, which lowers most of its words
      return headlineSupport(a, joined, isTitleCase(tokens.tokens));
    });
    // a bare "$" is the dollar of its story's evidence ("Toronto", "C$ 5m"); a date keeps only the year it writes
    const byStory: AnnotatedText[][] = d.stories.map(() => []);
    raw.forEach((t, i) => byStory[storyOf[i] ?? 0]?.push(t));
    const annotated = byStory.flatMap(storyCurrency);
    const pass: {
      d: ParsedDocument;
      texts: string[];
      annotated: AnnotatedText[] | null;
      merged: MergedDocument;
    } = {
      d,
      texts,
      annotated,
      merged: mergeAliases(annotated),
    };
    return pass;
  });
  const corpusSurnames = surnamesAcross(passes.map((p) => p.merged));
  // pass 2: mentions, with surnames of people named in full in another document of the corpus
  const outDocs: Document[] = passes.map((pass) => {
    const { d, texts, merged } = pass;
    const corpusView = withCorpusSurnames(merged, corpusSurnames);
    const mentions = linkMentions(pass.annotated ?? [], corpusView.merged, corpusView.more);
    // a record a text, no longer read once its mentions are: let it go before the document's records are built
    pass.annotated = null;
    for (const [id, draft] of merged.drafts) if (!drafts.has(id)) drafts.set(id, draft);
    mentions.forEach((ms, i) => {
      const text = texts[i] ?? '';
      for (const m of ms) {
        const set = aliases.get(m.entityId) ?? new Set<string>();
        set.add(text.slice(m.start, m.end));
        aliases.set(m.entityId, set);
        counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      }
    });
    let next = 0;
    const take = (): Mention[] => {
      const ms = mentions[next] ?? NO_MENTIONS;
      mentions[next++] = NO_MENTIONS; // each text's list is held once, by its record, not also here
      return ms.length === 0 ? NO_MENTIONS : ms;
    };
    return {
      ...d,
      // literals in the output's key order, not spreads or withFields: a copy that adds fields to a parsed record
      // takes a second block for them, and a million-line digest has a million sections
      // texts were listed headline, then each section's heading and paragraphs: their mentions are taken in that order
      stories: d.stories.map((s) => {
        const titleMentions = take();
        const sections = s.sections.map((sec) => {
          const headingMentions = take();
          const paragraphs =
            sec.paragraphs.length === 0
              ? NO_PARAGRAPHS
              : sec.paragraphs.map((p) => ({
                  id: p.id,
                  line: p.line,
                  text: p.text,
                  mentions: take(),
                  quotes: NO_QUOTES,
                }));
          return { id: sec.id, heading: sec.heading, line: sec.line, paragraphs, headingMentions };
        });
        return { id: s.id, title: s.title, line: s.line, source: s.source, sections, titleMentions };
      }),
    };
  });
  const entities: Entity[] = [...drafts.values()]
    .filter((e) => counts.has(e.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...(aliases.get(e.id) ?? [])].sort(),
      mentionCount: counts.get(e.id) ?? 0,
      demonyms: [...e.demonyms],
      coordinates: e.coordinates,
      value: e.value,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { documents: addQuotes(outDocs, entities), entities };
}
