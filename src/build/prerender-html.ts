import { PRERENDER_LOADER } from './prerender-loader.ts';

/** What a page adds to the built index.html. */
export interface PrerenderPage {
  /** The markup rendered inside `<div id="root">`; empty for the app shell. */
  html: string;
  /** The URL it was rendered for (`location.pathname + location.search` in the browser), or null for the shell. */
  marker: string | null;
  /** `<title>`; null keeps the shell's. */
  title: string | null;
  /** `<meta name="description">` content; null keeps the shell's. */
  description: string | null;
  /** Absolute URLs (base included) of the route's lazy chunks, to modulepreload once the page has loaded. */
  modules: string[];
  /** Absolute URLs of the route's stylesheets: the page must look right before (or without) its script. */
  stylesheets: string[];
  /** Absolute URLs of the corpus JSON its loader fetches, to preload (`as="fetch"`) once the page has loaded. */
  data: string[];
}

const ROOT = /<div id="root"><\/div>/;
const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;

const NOSCRIPT = /<noscript[\s\S]*?<\/noscript\s*>/;
/** The entry as Vite writes it into index.html: `<script type="module" crossorigin src="/assets/index-x.js"></script>`. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * What a rendered page says without JavaScript, in place of the shell's "needs JavaScript": the page reads, but a
 * static host serves it for its path whatever the query, so `/?person=x` and `/search?q=x` come without their filter.
 */
export const PRERENDERED_NOSCRIPT =
  '<noscript><p class="noscript-note">JavaScript is off in this browser: filters and search need it, ' +
  'so this page is shown without them.</p></noscript>';

/** Escapes text for an HTML attribute value or element text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The built index.html with a page put in: the rendered markup in `#root` with a `data-prerendered` marker, its
 * title and description, its stylesheets linked, and in place of the entry `<script type="module">` the loader
 * (src/build/prerender-loader.ts) that starts the scripts and data after load, so that nothing but HTML and CSS
 * comes before the first paint. The app shell (`marker` null) keeps the entry script as it is: it paints nothing
 * without it. Throws when the shell lacks the empty root, title, description or entry script it replaces.
 */
export function injectPrerendered(shell: string, page: PrerenderPage): string {
  if (!ROOT.test(shell)) throw new Error('index.html has no empty <div id="root"></div> to render into');
  let html = shell;
  if (page.title !== null) {
    if (!TITLE.test(html)) throw new Error('index.html has no <title>');
    html = html.replace(TITLE, () => `<title>${escapeHtml(page.title ?? '')}</title>`);
  }
  if (page.description !== null) {
    if (!DESCRIPTION.test(html)) throw new Error('index.html has no <meta name="description">');
    const meta = `<meta name="description" content="${escapeHtml(page.description)}" />`;
    html = html.replace(DESCRIPTION, () => meta);
  }
  const links = page.stylesheets.map(
    (href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`,
  );
  if (page.marker === null) {
    links.push(
      ...page.modules.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
      ...page.data.map((href) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(href)}">`),
    );
  } else {
    const entry = ENTRY_SCRIPT.exec(html)?.[1];
    if (entry === undefined)
      throw new Error('index.html has no <script type="module" crossorigin src> entry');
    html = html.replace(ENTRY_SCRIPT, () => loaderTag(entry, page.modules, page.data));
  }
  if (links.length > 0) {
    if (!html.includes('</head>')) throw new Error('index.html has no </head>');
    html = html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
  }
  if (page.marker !== null) html = html.replace(NOSCRIPT, () => PRERENDERED_NOSCRIPT);
  const marker = page.marker === null ? '' : ` data-prerendered="${escapeHtml(page.marker)}"`;
  return html.replace(ROOT, () => `<div id="root"${marker}>${page.html}</div>`);
}

/** The loader's script element for one page: what it starts, space-separated in `data-` attributes. */
function loaderTag(entry: string, modules: readonly string[], data: readonly string[]): string {
  for (const url of [entry, ...modules, ...data])
    if (/\s/.test(url)) throw new Error(`prerender: a URL with a space cannot go in the loader: ${url}`);
  const attrs = [
    `data-entry="${escapeHtml(entry)}"`,
    ...(modules.length > 0 ? [`data-modules="${escapeHtml(modules.join(' '))}"`] : []),
    ...(data.length > 0 ? [`data-fetch="${escapeHtml(data.join(' '))}"`] : []),
  ];
  return `<script ${attrs.join(' ')}>${PRERENDER_LOADER}</script>`;
}
