import type { Mention } from '../../core/schema.ts';

/**
 * The text of a paragraph, heading or headline. The one place text is rendered, so entity highlighting
 * can slice it at `mentions` offsets here without touching the reading layout.
 */
export function ParagraphText({ text }: { text: string; mentions: readonly Mention[] }) {
  return <>{text}</>;
}
