import type { Mention } from '../../core/schema.ts';
import { HighlightedText } from '../highlight/highlighted-text.tsx';

/**
 * The text of a paragraph, heading or headline. The one place text is rendered, so entity highlighting
 * can slice it at `mentions` offsets here without touching the reading layout.
 */
export function ParagraphText({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  return <HighlightedText text={text} mentions={mentions} />;
}
