/** The layout of the whole digest: what its stories look like, so a heading can be read by the digest's own habits. */
export interface DigestLayout {
  /** The digest separates paragraphs with blank lines, so a heading sitting on its paragraph means something. */
  usesBlankLines: boolean;
  /** Some heading stands after two or more blank lines: the digest sets stories apart that way. */
  usesDoubleBlanks: boolean;
  /** How many headings (after the first line) stand after two or more blank lines. */
  doubleBlankHeadings: number;
  /** How many headings (after the first line) stand after exactly one blank line. */
  singleBlankHeadings: number;
  /** The first headline is in Title Case ("Talks Break Down in Vienna"), so Title Case is how its headlines look. */
  titleCaseHeadlines: boolean;
  /** The first story's lead opens with a source ("Anadolu Agency: …"), so stories here open with one. */
  storiesOpenWithSource: boolean;
  /**
   * At least two headings and two in five of them have a source under them: where the digest's stories open with
   * sources throughout, a heading without one is a section ("KAMPALA (Reuters) - …" under every headline).
   */
  sourcedHeadings: boolean;
}

/** What is known about a heading-like line when deciding whether it opens a new story. */
export interface HeadingContext {
  /** The line, trimmed. */
  text: string;
  /** The next unit starts on the very next line ("Opposition reaction\nThe leader said …"). */
  attachedNext: boolean;
  /** Blank lines right before the line. */
  blankBefore: number;
  /**
   * How much the names after the line (in it and in the paragraphs it heads) were already named in the current
   * story, from 0 (all new: another story) to 1 (all known: same story); null when there are no names to compare.
   */
  continuity: number | null;
  /** How many distinct names that comparison rests on: one new name says less than five. */
  namesAfter: number;
  /** The paragraph after it opens with a source or dateline: "Anadolu Agency: The Red Crescent …". */
  nextOpensWithSource: boolean;
  /** Body paragraphs of the current story so far. */
  paragraphsInStory: number;
  /** Sub-headings of the current story so far. */
  sectionsInStory: number;
  /** Body paragraphs between the line and the next heading. */
  paragraphsUnder: number;
  /** The digest's own layout. */
  layout: DigestLayout;
}
