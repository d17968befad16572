import type { HeadingContext } from './heading-context.ts';
import { HEADING_FEATURES, headingFeatures } from './heading-features.ts';
import calibrated from './lexicon/structure-weights.json' with { type: 'json' };

/** Weights of a logistic model over `HEADING_FEATURES`: log-odds that a heading opens a story. */
export interface StructureWeights {
  bias: number;
  weights: Partial<Record<string, number>>;
}

/** A line scoring this much or more opens a story: even odds. */
export const HEADLINE_THRESHOLD = 0;

/**
 * Scores a heading-like line: the log-odds that it opens a new story rather than a section of the current one,
 * from the weighted signals of `headingFeatures`. Weights come from `lexicon/structure-weights.json`, written by
 * `scripts/structure/calibrate-structure.ts` from labelled digests; `model` overrides them for calibration.
 */
export function headlineScore(context: HeadingContext, model: StructureWeights = calibrated): number {
  const features = headingFeatures(context);
  let score = model.bias;
  for (const name of HEADING_FEATURES) score += (model.weights[name] ?? 0) * features[name];
  return score;
}
