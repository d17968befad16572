import type { Diagnostic } from '../core/schema.ts';

/** A diagnostic as compilers print them, so editors and terminals link it: `file:line: message`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line === null ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  return `${where}: ${diagnostic.message}`;
}
