import type { ClassifiedLine } from './02-classify-lines.ts';
import { lastMark } from './looks-like-heading.ts';

/**
 * A unit of the reading before roles are decided: a `paragraph` (one or more consecutive body lines), a `heading`
 * (a short line standing alone: headline or sub-heading, decided later), or an outline-marked `headline` /
 * `subheading`.
 */
export interface Unit {
  kind: 'paragraph' | 'heading' | 'headline' | 'subheading';
  /** 1-based line the unit starts on. */
  line: number;
  /** Its source lines, trimmed (a paragraph may have several; the others one). */
  lines: string[];
  /** Whether the next unit starts on the very next line, with no blank line between. */
  attachedNext: boolean;
  /** Blank lines right before it: digests often set stories apart with two ("…pilgrims.\n\n\nGreek court rules …"). */
  blankBefore: number;
}

/** Marks after which a sentence is over; a body line ending otherwise runs on into the next line. */
const TERMINAL = new Set(['.', '!', '?', '…']);

/** A list item: "1. free rides", "2) cheaper passes", "- a new line", "• more buses". */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-•*–])\s/u;

/** Whether the document separates its paragraphs with blank lines at all. */
function usesBlankLines(lines: readonly ClassifiedLine[]): boolean {
  let seenContent = false;
  let blankAfterContent = false;
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'boilerplate') {
      if (seenContent) blankAfterContent = true;
    } else if (blankAfterContent) return true;
    else seenContent = true;
  }
  return false;
}

/**
 * Groups classified lines into units. Consecutive body lines form one paragraph, except in a digest with no blank
 * lines at all, where each sentence-ending line ends its paragraph. A short line inside a paragraph is body, not a
 * heading, when the line before it runs on ("… the talks in\nVienna were …") or the line after starts lowercase
 * ("the defence minister\nsaid on Monday …"): that is a wrapped paragraph.
 */
export function groupBlocks(lines: readonly ClassifiedLine[]): Unit[] {
  const units: Unit[] = [];
  const onePerLine = !usesBlankLines(lines);
  let open: Unit | null = null;
  let previousLine = 0;
  let blanks = 0;
  const push = (unit: Unit): void => {
    const last = units[units.length - 1];
    if (last) last.attachedNext = previousLine + 1 === unit.line;
    units.push(unit);
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    if (l.kind === 'blank' || l.kind === 'boilerplate') {
      if (l.kind === 'blank') blanks++;
      open = null;
      continue;
    }
    const tail = open?.lines[open.lines.length - 1];
    // "The plan includes:\n1. free rides …\n2. cheaper passes": a numbered or bulleted list goes on its paragraph.
    const listGoesOn =
      tail !== undefined && LIST_ITEM.test(l.text) && (LIST_ITEM.test(tail) || tail.endsWith(':'));
    const runsOn = tail !== undefined && (!TERMINAL.has(lastMark(tail)) || listGoesOn);
    if (l.kind === 'heading' || l.kind === 'text') {
      const next = lines[i + 1];
      // Only into body text: "First heading\nsecond heading" are two headings, not a wrapped line.
      const nextContinues = l.kind === 'heading' && next?.kind === 'text' && /^\p{Ll}/u.test(next.text);
      const body = l.kind === 'text' || runsOn || nextContinues;
      if (open && body && (runsOn || !onePerLine)) {
        open.lines.push(l.text);
      } else if (body) {
        open = { kind: 'paragraph', line: l.line, lines: [l.text], attachedNext: false, blankBefore: blanks };
        push(open);
      } else {
        open = null;
        push({ kind: 'heading', line: l.line, lines: [l.text], attachedNext: false, blankBefore: blanks });
      }
    } else {
      open = null;
      push({ kind: l.kind, line: l.line, lines: [l.text], attachedNext: false, blankBefore: blanks });
    }
    previousLine = l.line;
    blanks = 0;
  }
  return units;
}
