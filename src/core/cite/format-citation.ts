/** What a citation of one paragraph names. */
export interface CitationParts {
  /** The digest's file as the corpus knows it: `seeds/000_afe5c047c713dffb.txt`. */
  digest: string;
  story: string;
  /** The section's sub-heading, or null for the untitled lead section. */
  section: string | null;
  /** 1-based source line of the paragraph. */
  line: number;
  /** Absolute link to the paragraph. */
  url: string;
}

/**
 * One line a reader can paste under a quotation:
 * `“Zelensky’s adviser: …”, lead section, 000_afe5c047c713dffb.txt, line 5. https://…/story/…#p-5`
 */
export function formatCitation({ digest, story, section, line, url }: CitationParts): string {
  const file = digest.split(/[\\/]/u).pop() ?? digest;
  const where = section === null ? 'lead section' : `section “${section}”`;
  return `“${story}”, ${where}, ${file}, line ${line}. ${url}`;
}
