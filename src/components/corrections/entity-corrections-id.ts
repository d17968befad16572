/** Element id of the entity page's corrections section (app ids carry "--", so no slug can take it). */
export const ENTITY_CORRECTIONS_ID = 'entity--corrections';
