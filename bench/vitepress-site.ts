/**
 * The VitePress comparison: the same digest as a VitePress site (one page per story, sub-headings as `##`),
 * written to bench/.work/vitepress and built with the VitePress the bench installs into bench/.work/tools.
 * Run alone with `tsx bench/vitepress-site.ts [seed.txt]`; `npm run bench` imports it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import type { ParsedDocument } from '../src/core/schema.ts';
import { ensureBenchTools, toolVersion } from './bench-tools.ts';

/** A page of the generated site: its path under the site folder and its Markdown. */
export interface MarkdownPage {
  file: string;
  markdown: string;
}

/** A built VitePress site: the output folder and the page measured as "a story route". */
export interface VitePressBuild {
  outDir: string;
  storyPage: string;
  /** Path to open in a browser for the story page (`/story-slug.html`). */
  storyPath: string;
  /** NaN when the previous build was reused (same pages, config and VitePress version). */
  buildSeconds: number;
}

/**
 * Escapes text for VitePress Markdown: HTML and Vue's `{{ }}` as entities, and the Markdown punctuation
 * that would start a list, heading or emphasis ("* Reuters", "# 3 killed", "_Source_").
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/, '$1\\$2');
}

/** One page per story (`# headline`, `##` per sub-heading) and an index page linking them, in digest order. */
export function digestToPages(document: ParsedDocument, title: string): MarkdownPage[] {
  const stories = document.stories.map((story) => {
    const lines = [`# ${escapeMarkdown(story.title)}`, ''];
    for (const section of story.sections) {
      if (section.heading !== null) lines.push(`## ${escapeMarkdown(section.heading)}`, '');
      for (const paragraph of section.paragraphs) lines.push(escapeMarkdown(paragraph.text), '');
    }
    return { file: `${story.id}.md`, title: story.title, markdown: lines.join('\n') };
  });
  const index = [
    `# ${escapeMarkdown(title)}`,
    '',
    ...stories.map((s) => `- [${escapeMarkdown(s.title)}](./${s.file.replace(/\.md$/, '')})`),
    '',
  ].join('\n');
  return [
    { file: 'index.md', markdown: index },
    ...stories.map(({ file, markdown }) => ({ file, markdown })),
  ];
}

/** VitePress config: default theme, a sidebar of the stories, no search or outside services. */
function configSource(title: string, pages: MarkdownPage[]): string {
  const sidebar = pages
    .filter((p) => p.file !== 'index.md')
    .map((p) => ({
      text: (/^# (.*)$/m.exec(p.markdown)?.[1] ?? p.file).replace(/\\(.)/g, '$1'),
      link: `/${p.file.replace(/\.md$/, '')}`,
    }));
  const config = {
    lang: 'en',
    title,
    description: `${title}: news digest stories`,
    themeConfig: { sidebar, outline: [2, 3] },
  };
  return `export default ${JSON.stringify(config, null, 2)};\n`;
}

/** Writes the site for `seedPath` into `siteDir`, builds it, and returns where the output is. */
export function buildVitePressSite(seedPath: string, siteDir: string, toolsDir: string): VitePressBuild {
  const text = readFileSync(seedPath, 'utf8');
  const document = parseDocument(text, { source: basename(seedPath) });
  const pages = digestToPages(document, 'Digest');
  const files: MarkdownPage[] = [
    ...pages,
    { file: join('.vitepress', 'config.mjs'), markdown: configSource('Digest', pages) },
    {
      file: join('.vitepress', 'vitepress-version.txt'),
      markdown: toolVersion(toolsDir, 'vitepress') ?? '?',
    },
  ];
  const storyPage = (pages[1]?.file ?? 'index.md').replace(/\.md$/, '.html');
  const outDir = join(siteDir, '.vitepress', 'dist');
  const site = { outDir, storyPage, storyPath: `/${storyPage}` };
  // The same pages, config and VitePress as the last build: its output still holds (a build takes ~50 s here).
  const unchanged = files.every((f) => readIfExists(join(siteDir, f.file)) === f.markdown);
  if (unchanged && existsSync(join(outDir, storyPage))) return { ...site, buildSeconds: NaN };
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, '.vitepress'), { recursive: true });
  for (const f of files) writeFileSync(join(siteDir, f.file), f.markdown);
  const t0 = performance.now();
  try {
    execFileSync(
      process.execPath,
      [join(toolsDir, 'node_modules/vitepress/bin/vitepress.js'), 'build', siteDir],
      { cwd: toolsDir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  } catch (err) {
    rmSync(outDir, { recursive: true, force: true }); // never taken for a cached build next time
    throw err;
  }
  return { ...site, buildSeconds: (performance.now() - t0) / 1000 };
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** `vitepress preview` arguments for a site folder (the port is added by `startServer`). */
export function vitePressPreviewCommand(siteDir: string, toolsDir: string): [string, string[]] {
  return [process.execPath, [join(toolsDir, 'node_modules/vitepress/bin/vitepress.js'), 'preview', siteDir]];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '..');
  const work = join(root, 'bench', '.work');
  const tools = ensureBenchTools(work, (m) => process.stderr.write(`${m}\n`));
  const built = buildVitePressSite(
    resolve(process.argv[2] ?? join(root, 'seeds/000_afe5c047c713dffb.txt')),
    join(work, 'vitepress'),
    tools,
  );
  process.stdout.write(`${JSON.stringify(built, null, 2)}\n`);
}
