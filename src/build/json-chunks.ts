/**
 * `JSON.stringify(value, null, indent)` in pieces: arrays and objects down to `depth` levels are written member by
 * member, what lies deeper in one piece each. Joined, the pieces are exactly the one string; written one after another
 * they never make it, which for a million-line digest was an 80 MB string and about three times that while V8 built it.
 * For plain data (what `JSON.parse` gives): no `toJSON`, no replacer.
 *
 * @param value the data to write
 * @param indent as `JSON.stringify`'s third argument: '' for none
 * @param depth how many levels of arrays and objects to open up
 */
export function* jsonChunks(value: unknown, indent: string, depth: number): Generator<string> {
  yield* chunks(value, indent, depth, 0);
}

function* chunks(value: unknown, indent: string, depth: number, level: number): Generator<string> {
  if (level >= depth || value === null || typeof value !== 'object') {
    const json = JSON.stringify(value, null, indent);
    // deeper lines are indented from where this value starts; JSON text has no raw line break inside a string
    yield indent && level > 0 && json.includes('\n')
      ? json.replaceAll('\n', `\n${indent.repeat(level)}`)
      : json;
    return;
  }
  const array = Array.isArray(value);
  const members: [string | null, unknown][] = array
    ? value.map((v: unknown) => [null, v === undefined || typeof v === 'function' ? null : v])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield open + close;
    return;
  }
  const inner = indent ? `\n${indent.repeat(level + 1)}` : '';
  const outer = indent ? `\n${indent.repeat(level)}` : '';
  yield open;
  let first = true;
  for (const [key, v] of members) {
    yield (first ? '' : ',') + inner + (key === null ? '' : `${JSON.stringify(key)}:${indent ? ' ' : ''}`);
    first = false;
    yield* chunks(v, indent, depth, level + 1);
  }
  yield outer + close;
}
