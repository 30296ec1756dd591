import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { prepareLocaleFully } from '../src/app/prepare-locale';

beforeAll(async () => {
  await Promise.all([prepareLocaleFully('nl'), prepareLocaleFully('en')]);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
