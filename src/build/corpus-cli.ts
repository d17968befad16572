/**
 * `npm run --silent corpus -- FILE|FOLDER...`: reads digests, prints the annotated `Corpus` as JSON on
 * stdout, with a folder's `corrections.json` applied as the build applies `seeds/corrections.json`.
 * A file it cannot use makes it print `FILE: reason` on stderr, nothing on stdout, and exit 1, so a
 * pipeline never consumes half a corpus. Warnings (`FILE:LINE: message`) go to stderr and do not fail.
 */
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { readCliInputs } from './read-cli-inputs.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { jsonChunks } from './json-chunks.ts';

// The heap grows by half before a full collection, not up to four times: the parse and the extractor make a digest's
// size in short-lived records, and with V8's default the garbage, not the corpus, set the peak (a million-line digest:
// 1.2 GB instead of 0.7 GB), for no measurable time.
setFlagsFromString('--heap-growing-percent=50');

const OPTIONS = ['--pretty', '--no-corrections'];

const USAGE = `Usage: npm run --silent corpus -- [--pretty] [--no-corrections] FILE|FOLDER...

Reads plain-text news digests and prints the parsed, annotated corpus as JSON on stdout:
{ documents: [...stories, sections, paragraphs, mentions], entities: [...] }.
A FOLDER stands for every .txt file below it, and its corrections.json (readers' corrections, as
exported from /corrections) is applied after annotation, as the site build does with seeds/.

Options:
  --pretty          indent the JSON
  --no-corrections  print the extractor's output, without the folders' corrections.json
  -h, --help        show this help

Exit status: 0 on success (warnings, e.g. "FILE: empty digest", go to stderr);
1 when a file cannot be used (missing, binary, not decodable, a malformed corrections.json):
"FILE: reason" or "FILE:LINE: reason" on stderr, nothing on stdout; 2 on a usage error.
`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const pretty = argv.includes('--pretty');
  const afterDashes = argv.indexOf('--');
  const paths = argv.filter(
    (arg, i) => (afterDashes >= 0 && i > afterDashes) || (arg !== '--' && !arg.startsWith('--')),
  );
  const unknown = argv.filter(
    (arg, i) =>
      arg.startsWith('-') && !OPTIONS.includes(arg) && arg !== '--' && (afterDashes < 0 || i < afterDashes),
  );
  if (unknown.length > 0 || paths.length === 0) {
    process.stderr.write(unknown.length > 0 ? `unknown option: ${unknown.join(' ')}\n\n${USAGE}` : USAGE);
    return 2;
  }

  const applyCorrections = !argv
    .slice(0, afterDashes < 0 ? undefined : afterDashes)
    .includes('--no-corrections');
  const { files, corrections, errors } = await readCliInputs(paths, { applyCorrections });
  if (errors.length > 0) {
    process.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  }

  // Imported only now: the entity lexicons take most of the start-up, and a refused file does not need them.
  const { buildCorpus } = await import('../core/build-corpus.ts');
  const { applyCorrections: correct } = await import('../core/corrections/apply-corrections.ts');
  const corpus = correct(buildCorpus(files), corrections);
  const warnings = corpus.documents.flatMap((document) => document.warnings.map(formatDiagnostic));
  if (warnings.length > 0) process.stderr.write(`${warnings.join('\n')}\n`);
  // section by section: one JSON string of the corpus was its largest allocation
  await writeAll(process.stdout, jsonChunks(corpus, pretty ? '  ' : '', 6));
  return 0;
}

/** Writes the pieces in 64 KB batches, waiting whenever the stream asks to (a pipe to a slow reader). */
async function writeAll(out: NodeJS.WriteStream, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < 1 << 16) continue;
    if (!out.write(batch)) await once(out, 'drain');
    batch = '';
  }
  out.write(`${batch}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): a large JSON on a pipe must be flushed before the process ends.
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`corpus: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
