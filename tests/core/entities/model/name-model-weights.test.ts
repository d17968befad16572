import { describe, expect, it } from 'vitest';
import { classifyName, NAME_MODEL } from '../../../../src/core/entities/model/classify-name.ts';

describe('name-model.json', () => {
  const { header, classes, features, weights } = NAME_MODEL;

  it('says where it comes from and under which licence', () => {
    expect(header.model).toMatch(/^name-model\/1/);
    expect(header.source).toContain('GUM corpus');
    expect(header.source).toContain('never news or reddit');
    expect(header.licence).toContain('CC BY 4.0');
    expect(header.licence).toContain('Zeldes');
  });

  it('has a weight per feature and class, and thresholds that are probabilities', () => {
    expect(classes).toEqual(['person', 'place', 'organization']);
    expect(features.length).toBeGreaterThan(1000);
    expect(weights).toHaveLength(features.length * classes.length);
    expect(new Set(features).size).toBe(features.length);
    for (const t of [header.threshold, header.vetoThreshold, header.extendThreshold]) {
      expect(t).toBeGreaterThan(0.4);
      expect(t).toBeLessThan(1);
    }
    expect(header.vetoable).toEqual(['context:in-x']);
  });

  it('stays small enough for the digest worker', () => {
    expect(JSON.stringify(NAME_MODEL).length).toBeLessThan(150_000);
  });

  it('reads no features as "not a name" or a weak guess', () => {
    expect(classifyName([]).p).toBeLessThan(1);
    expect(classifyName(['no-such-feature']).p).toBeCloseTo(classifyName([]).p);
  });
});
