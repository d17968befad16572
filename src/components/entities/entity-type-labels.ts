import type { EntityType } from '../../core/schema.ts';

/** How a type is named and marked in the UI; the glyph is the non-colour cue beside the underline style. */
export interface EntityTypeLabel {
  /** "person": said after a name ("Vladimir Putin, person"). */
  singular: string;
  /** "People": facet and legend heading. */
  plural: string;
  /** A shape that tells the types apart without colour (aria-hidden). */
  glyph: string;
}

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, EntityTypeLabel>> = {
  person: { singular: 'person', plural: 'People', glyph: '●' },
  place: { singular: 'place', plural: 'Places', glyph: '▲' },
  organization: { singular: 'organization', plural: 'Organizations', glyph: '■' },
  date: { singular: 'date', plural: 'Dates', glyph: '◆' },
  money: { singular: 'money', plural: 'Money', glyph: '★' },
  quantity: { singular: 'quantity', plural: 'Quantities', glyph: '✚' },
};
