import type { Correction } from '../../core/corrections/correction.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';

/** A correction in words: "Renamed person:acme to “ACME”". */
export function describeCorrection(correction: Correction): string {
  switch (correction.kind) {
    case 'rename':
      return `Renamed ${correction.entityId} to “${correction.name}”`;
    case 'retype': {
      const type = ENTITY_TYPE_LABELS[correction.type].singular;
      return `Made ${correction.entityId} ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
    }
    case 'merge':
      return `Merged ${correction.entityId} into ${correction.into}`;
    case 'hide':
      return `Hid ${correction.entityId}`;
  }
}
