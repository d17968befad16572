/** A mention of GUM's entity annotation, as character offsets into its paragraph's text. */
export interface GoldMention {
  start: number;
  end: number;
  /** GUM's entity type: person, place, organization, abstract, event, time, … */
  type: string;
  /** Wikipedia identity ("Lord_Byron"), or '' when GUM links none. */
  identity: string;
}

/** One paragraph of a GUM document: its text, the proper-noun tokens and the entity mentions in it. */
export interface GoldParagraph {
  text: string;
  /** Character ranges of the PROPN tokens: a name is an entity some of whose words are proper nouns. */
  propn: { start: number; end: number }[];
  mentions: GoldMention[];
}

/** A GUM document read from its .conllu file. */
export interface GoldDocument {
  id: string;
  paragraphs: GoldParagraph[];
}

interface Sentence {
  text: string;
  newPar: boolean;
  tokens: { form: string; upos: string; misc: string }[];
}

/**
 * Reads a GUM .conllu document: sentences (`# text = …`) joined into paragraphs at `# newpar`, tokens aligned to the
 * text, and the MISC column's `Entity=` brackets ("(3-place-new-…-Lake_Erie" opens, "3)" closes, across tokens) as
 * mentions with character offsets. A sentence whose tokens cannot be found in its text is dropped, not misaligned.
 */
export function readConllu(conllu: string): GoldDocument {
  const sentences: Sentence[] = [];
  let id = '';
  let cur: Sentence | null = null;
  let parPending = false;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc id = ')) id = line.slice('# newdoc id = '.length).trim();
    // "# newpar" (not "# newpar_block = …", which comes with it and says how the paragraph looks)
    else if (line === '# newpar' || line.startsWith('# newpar ')) parPending = true;
    else if (line.startsWith('# text = ')) {
      cur = {
        text: line.slice('# text = '.length),
        newPar: parPending || sentences.length === 0,
        tokens: [],
      };
      parPending = false;
      sentences.push(cur);
    } else if (cur && /^\d+\t/.test(line)) {
      // "1-2 You'll" (a multi-word token) and "8.1" (an empty node) are skipped: their parts are the tokens
      const cols = line.split('\t');
      cur.tokens.push({ form: cols[1] ?? '', upos: cols[3] ?? '', misc: cols[9] ?? '_' });
    }
  }
  const paragraphs: GoldParagraph[] = [];
  let par: GoldParagraph | null = null;
  for (const s of sentences) {
    const read = readSentence(s);
    if (!read) continue;
    if (!par || s.newPar) {
      par = { text: '', propn: [], mentions: [] };
      paragraphs.push(par);
    }
    const shift = par.text ? par.text.length + 1 : 0;
    par.text = par.text ? `${par.text} ${s.text}` : s.text;
    for (const p of read.propn) par.propn.push({ start: p.start + shift, end: p.end + shift });
    for (const m of read.mentions) par.mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
  }
  return { id, paragraphs };
}

// the fields hold no bracket (GUM percent-encodes them in identities: "Santa_Catarina_%28state%29")
const BRACKET = /\((\d+)-([^|()]*)(\))?|(\d+)\)/g;

/** One sentence's PROPN ranges and mentions, offsets into its own text; null when a token is not in the text. */
function readSentence(s: Sentence): Pick<GoldParagraph, 'propn' | 'mentions'> | null {
  const propn: GoldParagraph['propn'] = [];
  const mentions: GoldMention[] = [];
  const open = new Map<string, { start: number; type: string; identity: string }[]>();
  let at = 0;
  for (const t of s.tokens) {
    const start = s.text.indexOf(t.form, at);
    if (start < 0) return null;
    const end = start + t.form.length;
    at = end;
    if (t.upos === 'PROPN') propn.push({ start, end });
    const entity = t.misc.split('|').find((f) => f.startsWith('Entity='));
    if (!entity) continue;
    for (const m of entity.slice('Entity='.length).matchAll(BRACKET)) {
      const [, openId, fields, closesHere, closeId] = m;
      if (openId !== undefined && fields !== undefined) {
        // fields: etype-infstat-salience-centering-minspan-link-identity; the identity may itself hold hyphens
        const parts = fields.split('-');
        const opened = { start, type: parts[0] ?? '', identity: parts.slice(6).join('-') };
        if (closesHere) mentions.push({ start, end, type: opened.type, identity: opened.identity });
        else open.set(openId, [...(open.get(openId) ?? []), opened]);
      } else if (closeId !== undefined) {
        const stack = open.get(closeId);
        const opened = stack?.pop();
        if (opened) mentions.push({ start: opened.start, end, type: opened.type, identity: opened.identity });
      }
    }
  }
  return { propn, mentions };
}
