import { entitiesPath, homePath, insightsPath, myDigestsPath } from '../../url/paths.ts';

/** The header's main navigation; later pages (entities, insights) add an entry here. */
export const HEADER_LINKS: readonly { label: string; to: (search: string) => string; end: boolean }[] = [
  { label: 'Stories', to: homePath, end: true },
  { label: 'Entities', to: () => entitiesPath(), end: false },
  { label: 'Insights', to: insightsPath, end: false },
  { label: 'Your digests', to: () => myDigestsPath(), end: false },
];
