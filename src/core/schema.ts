/**
 * The corpus contract: every type the parser, the extractor, the build, the data layer and the UI share.
 *
 * Stages, each its own type (a later pass returns a new type, it never fills optional fields of an old one):
 *   1. text      → `ParsedDocument`   (structure only: stories, sections, paragraphs, boilerplate)
 *   2. entities  → `Document` + `Entity[]` = `Corpus` (mentions with offsets, merged entities)
 *   3. bundle    → `CorpusIndex` (first load) + one `StoryBody` per story (loaded on demand)
 *
 * The JSON fields the scorer reads (`../shared/eval/README.md`) keep their names and meanings:
 * documents[].{id,source,stories}, stories[].{id,title,line,titleMentions,sections},
 * sections[].{id,heading,line,headingMentions,paragraphs}, paragraphs[].{id,line,text,mentions},
 * entities[].{id,type,name,aliases}, Mention.{start,end,entityId}.
 */

/* ------------------------------------------------------------------ diagnostics */

/** A problem found while reading input; printed as `file:line: message`. */
export interface Diagnostic {
  /** The file as given (path on the command line, or the seed's path relative to the project). */
  file: string;
  /** 1-based source line the problem is on, or null when it concerns the whole file. */
  line: number | null;
  /** What is wrong, in words a user can act on. */
  message: string;
  /** `error`: the file was refused; `warning`: it was read, with this caveat. */
  severity: 'error' | 'warning';
}

/* ------------------------------------------------------------------ stage 1: structure */

/**
 * Where a story says its news came from: "Al-Madina News: While …", "(AFP) - …" at the start of its first paragraph,
 * or a news site's name at the end of its headline ("… – The Kyiv Independent", "… | Reuters").
 */
export interface StorySource {
  /** The source's name as written, e.g. "Al-Madina News", "AFP". */
  name: string;
  /** UTF-16 offset where the name starts: in the first paragraph's text, or in `title` when `in` is `title`. */
  start: number;
  /** UTF-16 offset just past the name. */
  end: number;
  /**
   * `title` when the name ends the headline (the title keeps it as written; a reader may show the headline up to
   * the dash before `start`); absent when it opens the first paragraph.
   */
  in?: 'title';
}

/** A line the parser dropped from the reading because it is page furniture ("Leave a Comment"). */
export interface BoilerplateLine {
  /** 1-based source line. */
  line: number;
  /** The line as in the source (trimmed). */
  text: string;
}

/** A paragraph as the structure parser finds it, before entity recognition. */
export interface ParsedParagraph {
  /** Unique within its story, readable and stable: `p-<line>` from the source line it starts on. */
  id: string;
  /** 1-based source line the paragraph starts on. */
  line: number;
  /** The paragraph as in the source (source characters kept: curly quotes, `€ 121m`); lines of one paragraph joined by "\n". */
  text: string;
}

/** A section: an optional sub-heading and its paragraphs. */
export interface ParsedSection {
  /** Unique within its story: slug of the heading; the untitled lead section is `lead`. */
  id: string;
  /** The sub-heading as in the source, or null for the untitled lead section. */
  heading: string | null;
  /** Line of the heading, or of the first paragraph when untitled. */
  line: number;
  /** Body paragraphs in source order. */
  paragraphs: ParsedParagraph[];
}

/** A story: a headline and its sections. */
export interface ParsedStory {
  /** Unique in the whole corpus, readable, stable across rebuilds: the headline's slug (suffixed when taken). */
  id: string;
  /** The headline as in the source. */
  title: string;
  /** 1-based source line of the headline. */
  line: number;
  /** The dateline or source the story opens with, or null. The paragraph text stays whole. */
  source: StorySource | null;
  /** Sections in source order; the first is the lead section when text precedes any sub-heading. */
  sections: ParsedSection[];
}

/** One digest file after the structure parser. */
export interface ParsedDocument {
  /** Unique in the corpus: slug of the file name without extension. */
  id: string;
  /** The path as given (command line) or relative to the project (build). */
  source: string;
  /** Stories in source order. */
  stories: ParsedStory[];
  /** Lines dropped from the reading as boilerplate, with their line numbers. */
  boilerplate: BoilerplateLine[];
  /** Caveats met while reading (e.g. an empty digest, a decoded legacy encoding). */
  warnings: Diagnostic[];
  /** Number of source lines, for citation and sanity checks. */
  lineCount: number;
}

/* ------------------------------------------------------------------ stage 2: entities */

/** Kinds of entity; the first three are names, the last three typed values. */
export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'money' | 'quantity';

/** Every entity type, in display order. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'place',
  'organization',
  'date',
  'money',
  'quantity',
];

/** The entity types a reader filters by name (facets People, Places, Organizations). */
export const NAME_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** One place in a text that names an entity. */
export interface Mention {
  /** UTF-16 offset where the surface form starts: `text.slice(start, end)` is the form. */
  start: number;
  /** UTF-16 offset just past the surface form. */
  end: number;
  /** The `Entity.id` this mention names. */
  entityId: string;
  /**
   * The rule that made it (e.g. `gazetteer:country`, `context:said-x`, `alias:surname`), so a wrong highlight can be
   * traced. The pipeline and the CLI's corpus always set it; served story bodies and the index's summaries drop it
   * (the reader never shows it, and at 1000 digests it was a fifth of every body's bytes).
   */
  rule?: string;
}

/** Who a quote is attributed to. */
export interface QuoteSpeaker {
  /** The person or organization speaking, when the text names one (a pronoun resolved to it included); null otherwise. */
  entityId: string | null;
  /** The words that name or describe the speaker: "Aristovich", "the Ukrainian prime minister", "activists". */
  text: string;
}

/** A statement the text attributes to a speaker, direct ("“…,” he said") or reported ("He added that …"). */
export interface Quote {
  /** UTF-16 offset in the paragraph's text where the statement starts. */
  start: number;
  /** UTF-16 offset just past the statement. */
  end: number;
  speaker: QuoteSpeaker;
  /**
   * The rule that made it (`quote:reported`, `quote:inverted`, `quote:participle`, `+pronoun` when resolved). Like
   * a mention's, set by the pipeline and left out of served story bodies.
   */
  rule?: string;
}

/** A paragraph with its mentions (sorted by `start`, never overlapping) and its quotes (sorted, never overlapping). */
export interface Paragraph extends ParsedParagraph {
  mentions: Mention[];
  quotes: Quote[];
}

/** A section with mentions in its heading. */
export interface Section extends Omit<ParsedSection, 'paragraphs'> {
  /** Mentions in `heading` (empty for the lead section). */
  headingMentions: Mention[];
  paragraphs: Paragraph[];
}

/** A story with mentions in its headline. */
export interface Story extends Omit<ParsedStory, 'sections'> {
  /** Mentions in `title`. */
  titleMentions: Mention[];
  sections: Section[];
}

/** A digest with every mention found. */
export interface Document extends Omit<ParsedDocument, 'stories'> {
  stories: Story[];
}

/** Geographic point of a place the gazetteer knows (WGS84 degrees). */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** The typed value of a date, money amount or quantity. */
export type EntityValue =
  | {
      kind: 'date';
      /**
       * ISO 8601 as far as the phrase itself writes it: `2022-02-24`, `2022-02`, `2014`, or, when it writes no year,
       * `--02-24` ("February 24") and `--03` ("early March"). A year is never taken from elsewhere in the story.
       */
      iso: string;
      precision: 'day' | 'month' | 'year';
    }
  | {
      kind: 'money';
      /** ISO 4217 code: EUR, GBP, USD … */
      currency: string;
      /** The amount in units of the currency (`€ 121m` → 121000000). */
      amount: number;
      /**
       * Set when the text writes only a sign several currencies share ("$", "dollars", "pesos"): `story` when the story's
       * own evidence chose the currency ("$ 50,000" in a story on Toronto → CAD), `assumed` when nothing did and the
       * sign's usual one is taken (USD for "$"). Absent when the text writes the currency ("US$", "C$", "€", "euros").
       */
      currencyFrom?: 'story' | 'assumed';
    }
  | {
      kind: 'quantity';
      /** The number (`more than 2,000 fighters` → 2000). */
      amount: number;
      /** What is counted or measured, as written (`fighters`, `mile`). */
      unit: string;
    };

/** A person, place, organization or typed value, merged across its names in a corpus. */
export interface Entity {
  /** Stable id `type:slug`, e.g. `person:vladimir-putin`; the slug is what URLs carry. */
  id: string;
  type: EntityType;
  /** Canonical name, e.g. "Vladimir Putin", "Kyiv", "European Union". */
  name: string;
  /** Every surface form mentioned in the corpus (canonical name included when it is mentioned). */
  aliases: string[];
  /** Number of mentions across the corpus. */
  mentionCount: number;
  /** Demonyms of a place ("Russian", "Russians"): not mentions, offered by the UI as an option. Empty otherwise. */
  demonyms: string[];
  /** Where a place is, when the gazetteer knows; null otherwise. */
  coordinates: Coordinates | null;
  /** The typed value of a date, money amount or quantity; null for names. */
  value: EntityValue | null;
}

/** The whole parsed and annotated corpus: what `npm run corpus` prints. */
export interface Corpus {
  documents: Document[];
  entities: Entity[];
}

/* ------------------------------------------------------------------ stage 3: the bundle the browser loads */

/** A section as listed in the index (no body). */
export interface SectionSummary {
  id: string;
  heading: string | null;
  line: number;
  headingMentions: Mention[];
  /** Number of body paragraphs. */
  paragraphCount: number;
}

/** A person or organization quoted in a story: what the "statements by" filter reads without the body. */
export interface StorySpeaker {
  /** The speaker's `Entity.id`. */
  entityId: string;
  /** Ids of the paragraphs holding a statement by them, in reading order. */
  paragraphIds: string[];
}

/** A story as listed in the index: enough for the home page, the outline and filtering, without its body. */
export interface StorySummary {
  id: string;
  /** The `ParsedDocument.id` it belongs to. */
  documentId: string;
  title: string;
  line: number;
  titleMentions: Mention[];
  source: StorySource | null;
  sections: SectionSummary[];
  /** First sentence of the first paragraph, for the story list. */
  firstSentence: string;
  /** Words in the body. */
  wordCount: number;
  /** Estimated minutes to read (at least 1). */
  readingMinutes: number;
  /**
   * For each body paragraph in reading order (all sections flattened): the indexes into `CorpusIndex.entities`
   * of the entities it mentions, sorted, without repeats. Lets the browser filter without loading bodies.
   */
  paragraphEntities: number[][];
  /** Id of the paragraph at each position of `paragraphEntities`. */
  paragraphIds: string[];
  /** The people and organizations quoted in the story, each with the paragraphs holding their statements. */
  speakers: StorySpeaker[];
  /** URL of this story's `StoryBody` JSON, relative to the app's base URL. */
  chunk: string;
}

/** A document as listed in the index. */
export interface DocumentSummary {
  id: string;
  source: string;
  /** Ids of its stories, in order. */
  storyIds: string[];
  boilerplate: BoilerplateLine[];
  warnings: Diagnostic[];
}

/** An entity as listed in the index, with counts for facets. */
export interface EntitySummary extends Entity {
  /** Number of stories it is mentioned in. */
  storyCount: number;
}

/** The first-load index of the corpus. Story bodies come separately, one `StoryBody` per story. */
export interface CorpusIndex {
  /** Content hash of the corpus: changes whenever any seed does. */
  version: string;
  documents: DocumentSummary[];
  stories: StorySummary[];
  entities: EntitySummary[];
}

/** One story's full text with mentions: the on-demand chunk. */
export interface StoryBody {
  /** Same as `Story.id`. */
  id: string;
  story: Story;
}

/* ------------------------------------------------------------------ stage 3b: slices, so a page's first load does not grow with the corpus */

/** What a slice of the index cannot count from its own arrays: the whole index's figures, and where the slice sits in it. */
export interface IndexWhole {
  /** Stories in the whole index. */
  storyCount: number;
  /** Digests in the whole index. */
  documentCount: number;
  /** Digests holding at least one story: those the outline lists and counts. */
  listedDocumentCount: number;
  /** Each digest of the slice: its 0-based position among the listed digests, and the stories of those before it. */
  documents: Record<string, { position: number; storiesBefore: number }>;
}

/**
 * A page's share of the index: `/` at one list page, or one story page with its outline. `index` is a valid
 * `CorpusIndex` holding only the digests, stories and entities the page shows (stories in the whole index's
 * order, `paragraphEntities` renumbered against its own `entities`); `whole` gives what it leaves out.
 */
export interface IndexSlice {
  index: CorpusIndex;
  whole: IndexWhole;
}

/** A story's pointer file: the digest whose slice (`sliceUrl.digest`) serves the story's page. */
export interface StorySliceRef {
  storyId: string;
  documentId: string;
}

/** A facet type's size in the whole index, for "Show all N" and the legend's count. */
export interface FacetTypeTotal {
  /** Entities of the type. */
  entities: number;
  /** Of those, the ones named in at least one body paragraph. */
  withParagraphs: number;
}

/**
 * The filter panel with no filter on, without the whole index: per type the entities a facet can list (the top
 * rows, ties at the cut kept, plus every place with demonyms) with their counts, and each type's totals.
 */
export interface FacetBase {
  /** The `CorpusIndex.version` it was cut from. */
  version: string;
  entities: EntitySummary[];
  /** Body paragraphs naming each entity, by position in `entities`. */
  paragraphCounts: number[];
  /** Stories naming each entity in a body paragraph, by position in `entities`. */
  storyCounts: number[];
  totals: Partial<Record<EntityType, FacetTypeTotal>>;
}
