import { useHref } from 'react-router';
import type { ViewExportInput } from '../../core/export/view-export.ts';
import { paragraphPath } from '../../url/paths.ts';
import { useAnnounce } from '../announcer/announcer-context.ts';
import './export-buttons.css';

type Format = 'csv' | 'json';

/** Saves text as a file through a temporary link to a Blob: built here, nothing leaves the browser. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface ExportButtonsProps {
  /** What the view shows, without the links (they are made absolute here). */
  input: Omit<ViewExportInput, 'linkOf'>;
}

/**
 * "Download CSV" and "Download JSON" of the current view (filtered entities with counts, paragraphs with links,
 * quotes, money, timeline). The code that builds them loads on the first click.
 */
export function ExportButtons({ input }: ExportButtonsProps) {
  const base = useHref('/');
  const announce = useAnnounce();
  const linkOf = (storyId: string, sectionId: string, paragraphId: string) =>
    new URL(
      `${base.replace(/\/$/u, '')}${paragraphPath(storyId, sectionId, paragraphId, input.filter)}`,
      window.location.href,
    ).href;
  const save = async (format: Format) => {
    const [{ viewExport }, { exportCsv }] = await Promise.all([
      import('../../core/export/view-export.ts'),
      import('../../core/export/export-csv.ts'),
    ]);
    const view = viewExport({ ...input, linkOf });
    if (format === 'csv') download(exportCsv(view), 'text/csv;charset=utf-8', 'digest-view.csv');
    else download(`${JSON.stringify(view, null, 2)}\n`, 'application/json', 'digest-view.json');
    announce(`Downloaded the view as ${format.toUpperCase()}`);
  };
  return (
    <p className="export-buttons">
      <span className="insights-meta">Take this view along (built here, nothing is uploaded):</span>{' '}
      <button type="button" className="button" onClick={() => void save('csv')}>
        Download CSV
      </button>{' '}
      <button type="button" className="button" onClick={() => void save('json')}>
        Download JSON
      </button>
    </p>
  );
}
