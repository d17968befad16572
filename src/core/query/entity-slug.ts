/** The URL slug of an entity id: `person:vladimir-putin` → `vladimir-putin`. */
export function entitySlug(entityId: string): string {
  const colon = entityId.indexOf(':');
  return colon < 0 ? entityId : entityId.slice(colon + 1);
}
