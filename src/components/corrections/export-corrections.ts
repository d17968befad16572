import type { Correction } from '../../core/corrections/correction.ts';
import type { CorrectionsFile } from '../../core/corrections/correction.ts';

/** Downloads `corrections.json` (`{ version: 1, corrections }`), to be saved as seeds/corrections.json. */
export function exportCorrections(corrections: readonly Correction[]): void {
  const file: CorrectionsFile = { version: 1, corrections: [...corrections] };
  const url = URL.createObjectURL(
    new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = 'corrections.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
