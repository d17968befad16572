import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// testing-library auto-cleanup needs globals; vitest runs without them, so clean up here.
afterEach(() => cleanup());

// findBy…/waitFor give up after 1 s by default, and tests set 4–10 s: on a loaded 2-core machine (load 24) renders
// and search index builds took longer, and filter-panel, search-route and scroll tests failed. 20 s, here and in
// the tests that set their own: a limit against hangs, like testTimeout.
configure({ asyncUtilTimeout: 20_000 });
