import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Corpus, CorpusIndex, Entity, EntityType } from '../../../src/core/schema.ts';

/** What the browser tests need to know of the corpus the app serves: ids, headlines, headings, paragraphs. */
export interface E2eCorpus {
  /** Where it was read from, for messages. */
  from: string;
  stories: E2eStory[];
  entities: E2eEntity[];
}

export interface E2eStory {
  id: string;
  title: string;
  sections: E2eSection[];
  /** Ids of the entities its body paragraphs mention (headline and headings not counted). */
  paragraphEntityIds: string[];
}

export interface E2eSection {
  id: string;
  /** null for the untitled lead section. */
  heading: string | null;
  /** Paragraph ids (`p-<line>`) in reading order. */
  paragraphIds: string[];
}

export interface E2eEntity {
  /** `type:slug`, e.g. `person:vladimir-putin`. */
  id: string;
  type: EntityType;
  name: string;
  /** The part of the id URLs carry. */
  slug: string;
  /** Mentions across the corpus. */
  mentionCount: number;
}

const isCorpusIndex = (value: unknown): value is CorpusIndex => {
  const v = value as Partial<CorpusIndex> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.version === 'string' &&
    Array.isArray(v.stories) &&
    Array.isArray(v.entities)
  );
};

/** Every `.json` file under `dir`. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const toEntities = (entities: readonly Entity[]): E2eEntity[] =>
  entities.map(({ id, type, name, mentionCount }) => ({
    id,
    type,
    name,
    mentionCount,
    slug: id.slice(id.indexOf(':') + 1),
  }));

/** Reads the `CorpusIndex` the build wrote into `dist/` (the file the app itself loads). */
function fromBuiltIndex(distDir: string): E2eCorpus | null {
  if (!existsSync(distDir)) return null;
  // `index-<version>.json` by the build's naming; any other JSON of the right shape will do.
  const files = jsonFiles(distDir).sort(
    (a, b) => Number(!/\/index[^/]*\.json$/.test(a)) - Number(!/\/index[^/]*\.json$/.test(b)),
  );
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (!isCorpusIndex(json)) continue;
    const stories = json.stories.map((story) => {
      // The index lists paragraph ids flattened over the story; each section says how many are its own.
      let at = 0;
      const sections = story.sections.map((section) => {
        const paragraphIds = story.paragraphIds.slice(at, at + section.paragraphCount);
        at += section.paragraphCount;
        return { id: section.id, heading: section.heading, paragraphIds };
      });
      const paragraphEntityIds = [...new Set(story.paragraphEntities.flat())].map(
        (i) => json.entities[i]!.id,
      );
      return { id: story.id, title: story.title, sections, paragraphEntityIds };
    });
    const from = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
    return { from, stories, entities: toEntities(json.entities) };
  }
  return null;
}

/** Runs the corpus CLI on the seeds: the fallback while the build does not write an index yet. */
function fromCli(root: string): E2eCorpus | null {
  const cli = join(root, 'src/build/corpus-cli.ts');
  const seedsDir = join(root, 'seeds');
  if (!existsSync(cli) || !existsSync(seedsDir)) return null;
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join('seeds', name));
  const out = execFileSync(process.execPath, ['--import', 'tsx', cli, ...seeds], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const corpus = JSON.parse(out) as Corpus;
  const stories = corpus.documents.flatMap((doc) =>
    doc.stories.map((story) => ({
      id: story.id,
      title: story.title,
      sections: story.sections.map((s) => ({
        id: s.id,
        heading: s.heading,
        paragraphIds: s.paragraphs.map((p) => p.id),
      })),
      paragraphEntityIds: [
        ...new Set(
          story.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.map((m) => m.entityId))),
        ),
      ],
    })),
  );
  return { from: 'npm run corpus (no index found in dist/)', stories, entities: toEntities(corpus.entities) };
}

/** The corpus the app serves: the built index in `dist/`, else what the corpus CLI reads from `seeds/`. */
export function loadCorpus(root: string, distDir: string): E2eCorpus {
  const corpus = fromBuiltIndex(distDir) ?? fromCli(root);
  if (!corpus) throw new Error(`no corpus index (JSON with version, stories, entities) under ${distDir}`);
  if (corpus.stories.length === 0) throw new Error(`the corpus from ${corpus.from} has no stories`);
  return corpus;
}
