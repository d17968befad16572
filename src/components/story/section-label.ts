/** What a section is called in the outline, breadcrumbs and titles: its heading, or "Lead" when untitled. */
export function sectionLabel(section: { heading: string | null }): string {
  return section.heading ?? 'Lead';
}
