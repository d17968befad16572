import type { EvalSet } from './eval-sets.ts';
import type { DigestScore, Prf } from './score-digest.ts';

/** One set's scores, digest by digest. */
export interface SetScores {
  set: EvalSet;
  scores: DigestScore[];
}

const f1 = (p: Prf | null): string => (p ? p.f1.toFixed(2) : '—');

/** Micro F1 over summed counts: what a reader of all the set's digests together gets. */
function micro(parts: readonly (Prf | null)[]): Prf | null {
  const xs = parts.filter((p): p is Prf => p !== null);
  if (xs.length === 0) return null;
  const tp = xs.reduce((n, p) => n + p.tp, 0);
  const fp = xs.reduce((n, p) => n + p.fp, 0);
  const fn = xs.reduce((n, p) => n + p.fn, 0);
  const f = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, f1: f };
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Markdown tables, one per set: structure, entity F1 by type, paragraph-link F1, money and dates per digest, then
 * the set's mean (entities, links: the mean of the digests' F1, as the issues state targets) and micro totals
 * (money, dates: few per digest, so they are pooled).
 */
export function formatEval(results: readonly SetScores[]): string[] {
  const lines: string[] = [];
  for (const { set, scores } of results) {
    lines.push(
      `### ${set.name}: ${set.about}`,
      '',
      '| digest | structure | bad mentions | entity F1 | person | place | organization | link F1 | money F1 | dates F1 |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const s of scores)
      lines.push(
        `| ${s.name} | ${s.structureExact ? 'EXACT' : `differs (${s.structure})`} | ${s.badMentions} | ${f1(s.entities)} | ${f1(s.person)} | ${f1(s.place)} | ${f1(s.organization)} | ${f1(s.links)} | ${f1(s.money)} | ${f1(s.dates)} |`,
      );
    const exact = scores.filter((s) => s.structureExact).length;
    const money = micro(scores.map((s) => s.money));
    const dates = micro(scores.map((s) => s.dates));
    const meanOf = (pick: (s: DigestScore) => Prf): string => mean(scores.map((s) => pick(s).f1)).toFixed(2);
    lines.push(
      `| **mean** (money, dates: micro) | ${exact}/${scores.length} exact | ${scores.reduce((n, s) => n + s.badMentions, 0)} | **${meanOf((s) => s.entities)}** | ${meanOf((s) => s.person)} | ${meanOf((s) => s.place)} | ${meanOf((s) => s.organization)} | **${meanOf((s) => s.links)}** | ${f1(money)} | ${f1(dates)} |`,
      '',
    );
  }
  const all = results.filter((r) => r.set.name === 'seed' || r.set.name === 'dev').flatMap((r) => r.scores);
  if (all.length > 0) {
    const money = micro(all.map((s) => s.money));
    const dates = micro(all.map((s) => s.dates));
    lines.push(
      `Seed and dev together, micro: money F1 ${f1(money)} (tp ${money?.tp ?? 0}, fp ${money?.fp ?? 0}, fn ${money?.fn ?? 0}), dates F1 ${f1(dates)} (tp ${dates?.tp ?? 0}, fp ${dates?.fp ?? 0}, fn ${dates?.fn ?? 0}).`,
      '',
    );
  }
  return lines;
}
