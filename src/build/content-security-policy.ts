import type { Plugin } from 'vite';
import { PRERENDER_LOADER_HASH } from './prerender-loader.ts';

/**
 * The policy the built site runs under: scripts and styles only from its own origin (no eval, no style
 * attributes in markup; React sets styles through the CSSOM, which the policy allows), no plugins, no `<base>`
 * elsewhere. The one inline script allowed, by its hash, is the prerendered pages' loader
 * (src/build/prerender-loader.ts), the same on every page. `img-src data:` is for the empty favicon (`<link rel="icon" href="data:,">`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${PRERENDER_LOADER_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy in the built index.html as a `<meta http-equiv>`, so it holds on any static host. Build only:
 * the dev server injects inline scripts and styles (React refresh, CSS hot reload) that it would block.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
