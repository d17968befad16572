import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// testing-library auto-cleanup needs globals; vitest runs without them, so clean up here.
afterEach(() => cleanup());
