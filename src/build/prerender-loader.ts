import { createHash } from 'node:crypto';

/**
 * The one inline script of a prerendered page: once the page has loaded (its HTML and stylesheet) and its first
 * contentful paint has happened, it adds the app's entry script, its route's chunks as modulepreloads and the
 * corpus JSON its loaders read as fetch preloads, all named in the script's own `data-` attributes. Before, the
 * same files were links in the head, and on a slow phone line their ~120 KB competed with the HTML and stylesheet
 * the text needs to paint (Lighthouse mobile, the seed's first story: LCP 2.5 s against 2.1 s for the same story
 * in VitePress). `load` alone is not enough: on a busy phone the paint can come a second after it (seen in
 * Lighthouse on a loaded machine: load at 0.26 s, first paint at 2.2 s), and scripts evaluated in between hold it
 * back. Without paint timing (`PerformanceObserver` "paint"), the next frame after load stands in for it. A tab
 * that is hidden at load, or hidden before it paints, paints nothing until it is shown: it starts at once.
 * First, before the body is parsed, it applies the theme the reader chose (src/components/theme/theme-storage.ts,
 * same key), which main.tsx applies too late now for a prerendered page: a dark choice would flash light.
 * The source is the same on every page and every build, so one CSP hash (below) allows it everywhere.
 */
export const PRERENDER_LOADER =
  '{try{const theme=localStorage.getItem("digest-explorer:theme");' +
  'if(theme==="light"||theme==="dark")document.documentElement.dataset.theme=theme}catch{}' +
  'const d=document.currentScript.dataset;let started=false;' +
  'const start=()=>{if(started)return;started=true;' +
  'const add=(tag,attrs)=>{const el=document.createElement(tag);' +
  'for(const name in attrs)el.setAttribute(name,attrs[name]);document.head.append(el)};' +
  'const list=(urls)=>(urls||"").split(" ").filter(Boolean);' +
  'for(const href of list(d.fetch))add("link",{rel:"preload",as:"fetch",crossorigin:"",href});' +
  'for(const href of list(d.modules))add("link",{rel:"modulepreload",crossorigin:"",href});' +
  'add("script",{type:"module",crossorigin:"",src:d.entry})};' +
  'addEventListener("load",()=>{' +
  'if(document.visibilityState==="hidden")return start();' +
  'document.addEventListener("visibilitychange",start,{once:true});' +
  'if(!(self.PerformanceObserver?.supportedEntryTypes??[]).includes("paint"))' +
  'return requestAnimationFrame(()=>setTimeout(start));' +
  'new PerformanceObserver((_,observer)=>{' +
  'if(performance.getEntriesByName("first-contentful-paint").length>0){observer.disconnect();start()}' +
  '}).observe({type:"paint",buffered:true})})}';

/** The CSP source that allows `PRERENDER_LOADER` and no other inline script. */
export const PRERENDER_LOADER_HASH = `'sha256-${createHash('sha256').update(PRERENDER_LOADER).digest('base64')}'`;
