import type { EntityType } from '../schema.ts';

/**
 * A reader's correction of the entity extractor, by entity id. Corrections apply in order, each to the ids as the
 * ones before it left them: after `retype person:acme → organization`, a later correction names `organization:acme`.
 */
export type Correction =
  /** Show the entity under another canonical name; its id (and URL) stays. */
  | { kind: 'rename'; entityId: string; name: string }
  /** Make the entity another type: `person:acme` becomes `organization:acme`, and so does every mention. */
  | { kind: 'retype'; entityId: string; type: EntityType }
  /** Fold the entity into `into`: its mentions name the survivor, its names become the survivor's aliases. */
  | { kind: 'merge'; entityId: string; into: string }
  /** Drop a false entity and all its mentions. */
  | { kind: 'hide'; entityId: string };

/** The `corrections.json` a reader exports and the build reads from `seeds/corrections.json`. */
export interface CorrectionsFile {
  version: 1;
  corrections: Correction[];
}
