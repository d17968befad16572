import { plural } from '../../core/text/plural.ts';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { Paragraph } from '../../core/schema.ts';
import { useEntityMarks } from '../highlight/entity-marks-context.ts';
import './collapsed-paragraphs.css';

interface CollapsedParagraphsProps {
  paragraphs: readonly Paragraph[];
  /** Renders one paragraph (the reader's paragraph block). */
  children: (paragraph: Paragraph) => ReactNode;
}

interface Run {
  hidden: boolean;
  paragraphs: Paragraph[];
}

/** Consecutive paragraphs grouped by whether the filter keeps them. */
function runs(paragraphs: readonly Paragraph[], visible: ReadonlySet<string>): Run[] {
  const out: Run[] = [];
  for (const paragraph of paragraphs) {
    const hidden = !visible.has(paragraph.id);
    const last = out[out.length - 1];
    if (last && last.hidden === hidden) last.paragraphs.push(paragraph);
    else out.push({ hidden, paragraphs: [paragraph] });
  }
  return out;
}

/**
 * A section's paragraphs with those the filter does not keep folded into "N paragraphs hidden" controls
 * that open in place. A run holding the paragraph the URL's hash names opens by itself.
 */
export function CollapsedParagraphs({ paragraphs, children }: CollapsedParagraphsProps) {
  const { visibleParagraphs } = useEntityMarks();
  const { hash } = useLocation();
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  if (!visibleParagraphs) return <>{paragraphs.map(children)}</>;
  const target = hash.startsWith('#') ? decodeURIComponentSafe(hash.slice(1)) : '';
  return (
    <>
      {runs(paragraphs, visibleParagraphs).map((run) => {
        const first = run.paragraphs[0]?.id ?? '';
        const open = !run.hidden || opened.has(first) || run.paragraphs.some((p) => p.id === target);
        if (open) return run.paragraphs.map(children);
        const count = run.paragraphs.length;
        return (
          <div key={`hidden-${first}`} className="collapsed-run">
            <button
              type="button"
              className="collapsed-run__button"
              aria-expanded="false"
              onClick={() => {
                focusNext.current = first;
                setOpened(new Set([...opened, first]));
              }}
            >
              {plural(count, 'paragraph', 'paragraphs')} hidden by the filter
              <span className="collapsed-run__action" aria-hidden="true">
                show
              </span>
            </button>
          </div>
        );
      })}
    </>
  );
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
