import { useEffect } from 'react';
import { entityPostings } from '../../core/query/entity-postings.ts';
import type { CorpusIndex } from '../../core/schema.ts';

/**
 * Builds the index's entity postings while the browser is idle, so the reader's first filter click does
 * not pay for them (about a tenth of a second at 1000× the seed). Rendering never waits for this.
 */
export function useWarmPostings(index: CorpusIndex): void {
  useEffect(() => {
    const warm = () => void entityPostings(index);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(warm, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(warm, 200);
    return () => window.clearTimeout(id);
  }, [index]);
}
