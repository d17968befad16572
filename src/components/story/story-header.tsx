import { plural } from '../../core/text/plural.ts';
import type { DocumentSummary, StorySummary } from '../../core/schema.ts';
import { storyPath } from '../../url/paths.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { ParagraphText } from './paragraph-text.tsx';
import { APP_IDS } from '../layout/app-ids.ts';

/** The story's headline (the page's h1), its source or dateline, and where it is in the digest file. */
export function StoryHeader({
  story,
  document,
  search,
}: {
  story: StorySummary;
  document: DocumentSummary | undefined;
  search: string;
}) {
  const paragraphs = story.paragraphIds.length;
  const file = document?.source.split(/[\\/]/).pop();
  return (
    <header className="story-header">
      <div className="story-header__title">
        <h1 id={APP_IDS.storyTitle} dir="auto" tabIndex={-1}>
          <ParagraphText text={story.title} mentions={story.titleMentions} />
        </h1>
        <CopyLinkButton
          to={storyPath(story.id, search)}
          label={`Copy link to story ‘${story.title}’`}
          title={`Copy link to this story (source line ${story.line})`}
        />
      </div>
      <p className="story-header__meta">
        {story.source && <span className="story-header__source">{story.source.name}</span>}
        <span>{plural(paragraphs, 'paragraph', 'paragraphs')}</span>
        <span>{story.readingMinutes} min read</span>
        {file && (
          <span title={document?.source}>
            {file}, line {story.line}
          </span>
        )}
      </p>
    </header>
  );
}
