import type { EntityType } from '../../schema.ts';
import weights from './name-model.json' with { type: 'json' };

/** The name model's weights as the training script writes them (`scripts/tagger/train-name-model.ts`). */
export interface NameModel {
  /** Where the weights come from and under which licence; see the README's "Name model" section. */
  header: {
    model: string;
    source: string;
    licence: string;
    trainedOn: string;
    /** A name is added where the model's best class other than "not a name" is at least this probable. */
    threshold: number;
    /** A `vetoable` rule's span is dropped where "not a name" is at least this probable. */
    vetoThreshold: number;
    /** A name over gazetteer names inside it ("Borussia Dortmund" over "Dortmund") replaces them from this probability. */
    extendThreshold: number;
    /** The weak rules the model may overrule: "context:in-x", "cue:acronym". */
    vetoable: string[];
  };
  /** The classes besides "not a name", whose scores are fixed at 0. */
  classes: string[];
  /** Feature strings of `nameFeatures`; feature i has weights `weights[i * classes.length + c]`. */
  features: string[];
  weights: number[];
}

/** A span's most probable class and its probability; `type` null when "not a name" is the likeliest. */
export interface NameGuess {
  type: EntityType | null;
  p: number;
}

const isNameType = (t: string | undefined): t is 'person' | 'place' | 'organization' =>
  t === 'person' || t === 'place' || t === 'organization';

/** Feature string → index of its first weight, built once per model. */
const indexes = new WeakMap<NameModel, Map<string, number>>();

function indexOf(model: NameModel): Map<string, number> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    const n = model.classes.length;
    model.features.forEach((f, i) => index?.set(f, i * n));
    indexes.set(model, index);
  }
  return index;
}

export const NAME_MODEL: NameModel = weights;

/** Scores a span's features with a multinomial logistic regression: softmax over "not a name" (0) and the classes. */
export function classifyName(features: readonly string[], model: NameModel = NAME_MODEL): NameGuess {
  const index = indexOf(model);
  const n = model.classes.length;
  const scores = new Array<number>(n).fill(0);
  for (const f of features) {
    const at = index.get(f);
    if (at === undefined) continue;
    for (let c = 0; c < n; c++) scores[c] = (scores[c] ?? 0) + (model.weights[at + c] ?? 0);
  }
  let best = -1;
  let top = 0; // "not a name" scores 0
  for (let c = 0; c < n; c++) {
    const s = scores[c] ?? 0;
    if (s > top) {
      top = s;
      best = c;
    }
  }
  let sum = 1; // exp(0) for "not a name"
  for (const s of scores) sum += Math.exp(s);
  const type = best >= 0 ? model.classes[best] : undefined;
  return { type: isNameType(type) ? type : null, p: Math.exp(top) / sum };
}
