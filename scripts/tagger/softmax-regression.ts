/** A training example: feature indices and a class (0 = not a name). */
export interface Example {
  features: number[];
  label: number;
}

/** Options of `trainSoftmax`. */
export interface TrainOptions {
  classes: number;
  features: number;
  epochs: number;
  /** Step size of AdaGrad. */
  rate: number;
  /** L2 penalty per update, keeps rare features' weights small so pruning can drop them. */
  l2: number;
  seed: number;
}

/** Row-major weights, `w[f * classes + c]`; class 0 ("not a name") is kept at 0 as the softmax's reference. */
export type Weights = Float64Array;

/** A small deterministic generator (mulberry32), so a training run can be repeated exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Class probabilities of an example under `w`, "not a name" first. */
export function probabilities(w: Weights, classes: number, features: readonly number[]): number[] {
  const scores = [0];
  for (let c = 1; c < classes; c++) {
    let s = 0;
    for (const f of features) s += w[f * classes + c] ?? 0;
    scores.push(s);
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** Multinomial logistic regression by AdaGrad over shuffled examples, with a lazy-free L2 shrink on touched weights. */
export function trainSoftmax(examples: readonly Example[], o: TrainOptions): Weights {
  const w = new Float64Array(o.features * o.classes);
  const g2 = new Float64Array(o.features * o.classes).fill(1e-8);
  const rnd = random(o.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const i of order) {
      const ex = examples[i];
      if (!ex) continue;
      const p = probabilities(w, o.classes, ex.features);
      for (let c = 1; c < o.classes; c++) {
        const err = (p[c] ?? 0) - (ex.label === c ? 1 : 0);
        for (const f of ex.features) {
          const k = f * o.classes + c;
          const grad = err + o.l2 * (w[k] ?? 0);
          g2[k] = (g2[k] ?? 0) + grad * grad;
          w[k] = (w[k] ?? 0) - (o.rate * grad) / Math.sqrt(g2[k] ?? 1);
        }
      }
    }
  }
  return w;
}
