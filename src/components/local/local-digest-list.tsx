import { plural } from '../../core/text/plural.ts';
import { Link } from 'react-router';
import type { LocalDigest } from '../../data/local-digest-store.ts';
import { storyPath } from '../../url/paths.ts';

/** The digests kept in this browser, each with its stories and a "Remove" button. */
export function LocalDigestList({
  digests,
  onRemove,
}: {
  digests: readonly LocalDigest[];
  onRemove: (digest: LocalDigest) => void;
}) {
  if (digests.length === 0) return <p>No digests of your own yet.</p>;
  return (
    <ul className="local-digests">
      {digests.map((digest) => {
        const { stories } = digest.bundle.index;
        return (
          <li key={digest.id} className="local-digests__item">
            <div className="local-digests__head">
              <h3 dir="auto">{digest.name}</h3>
              <button
                type="button"
                className="button"
                onClick={() => onRemove(digest)}
                aria-label={`Remove ${digest.name}`}
              >
                Remove
              </button>
            </div>
            <p className="local-digests__meta">
              {plural(stories.length, 'story', 'stories')}, added {new Date(digest.addedAt).toLocaleString()}
            </p>
            <ul>
              {stories.map((story) => (
                <li key={story.id}>
                  <Link to={storyPath(story.id)} dir="auto">
                    {story.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
