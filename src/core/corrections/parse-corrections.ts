import { ENTITY_TYPES, type EntityType } from '../schema.ts';
import type { Correction } from './correction.ts';

/** What `parseCorrections` makes of a `corrections.json`: its corrections, or where and why it is wrong. */
export type ParseCorrectionsResult =
  { ok: true; corrections: Correction[] } | { ok: false; line: number | null; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z]+:.+/.test(value);

/** Checks one correction; returns it (only its known fields) or why it is not one. */
export function toCorrection(value: unknown): Correction | string {
  if (!isRecord(value)) return 'is not an object';
  const { kind, entityId } = value;
  if (!isId(entityId)) return 'entityId must be an entity id such as "person:vladimir-putin"';
  switch (kind) {
    case 'rename':
      return typeof value.name === 'string' && value.name.trim()
        ? { kind, entityId, name: value.name.trim() }
        : 'a rename needs a non-empty "name"';
    case 'retype':
      return ENTITY_TYPES.includes(value.type as EntityType)
        ? { kind, entityId, type: value.type as EntityType }
        : `a retype needs "type", one of ${ENTITY_TYPES.join(', ')}`;
    case 'merge':
      return isId(value.into) ? { kind, entityId, into: value.into } : 'a merge needs "into", an entity id';
    case 'hide':
      return { kind, entityId };
    default:
      return '"kind" must be rename, retype, merge or hide';
  }
}

/** Reads a `{ "version": 1, "corrections": [...] }` file, with the line of a JSON syntax error when known. */
export function parseCorrections(text: string): ParseCorrectionsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "… in JSON at position 42" (Node 20) or "… (line 3 column 5)" (newer).
    const line = /line (\d+)/.exec(message)?.[1];
    const position = /position (\d+)/.exec(message)?.[1];
    const at = line
      ? Number(line)
      : position
        ? lineAt(text, Number(position))
        : /end of JSON input/.test(message)
          ? lineAt(text, text.trimEnd().length)
          : lineFromSnippet(text, message);
    return { ok: false, line: at, message: `not valid JSON (${message.replace(/^JSON\.parse: /, '')})` };
  }
  if (!isRecord(data))
    return { ok: false, line: null, message: 'expected an object { "version": 1, "corrections": [...] }' };
  if (data.version !== 1) return { ok: false, line: null, message: '"version" must be 1' };
  if (!Array.isArray(data.corrections))
    return { ok: false, line: null, message: '"corrections" must be an array' };
  const corrections: Correction[] = [];
  for (const [i, item] of data.corrections.entries()) {
    const correction = toCorrection(item);
    if (typeof correction === 'string') {
      return { ok: false, line: lineOfItem(text, i), message: `corrections[${i}]: ${correction}` };
    }
    corrections.push(correction);
  }
  return { ok: true, corrections };
}

/** The line of the i-th `"kind"` key, which opens the i-th correction in any usual layout; null if not found. */
function lineOfItem(text: string, i: number): number | null {
  const re = /"kind"\s*:/g;
  let match: RegExpExecArray | null = null;
  for (let n = 0; n <= i; n++) {
    match = re.exec(text);
    if (!match) return null;
  }
  return match ? text.slice(0, match.index).split('\n').length : null;
}

/** 1-based line of a UTF-16 offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Node 20's V8 names no position, only the token and the text around it:
 * `Unexpected token '}', ..."s": [\n    }\n" is not valid JSON`. The quoted text is found in the file.
 */
function lineFromSnippet(text: string, message: string): number | null {
  const match = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!match) return null;
  const [, token = '', snippet = ''] = match;
  const at = text.indexOf(snippet);
  if (at < 0 || text.indexOf(snippet, at + 1) >= 0) return null;
  return lineAt(text, at + Math.max(0, snippet.indexOf(token)));
}
