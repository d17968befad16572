/**
 * Ids of the app's own elements. Story, section and paragraph ids are slugs (lowercase letters, digits,
 * single hyphens), so a "--" keeps these from ever colliding with a section called "Main".
 */
export const APP_IDS = {
  main: 'de--main',
  search: 'de--search',
  outlinePanel: 'de--outline',
  storyTitle: 'de--story-title',
} as const;
