import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { prepareLocale } from '../src/app/prepare-locale';

beforeAll(async () => {
  await Promise.all([prepareLocale('nl'), prepareLocale('en')]);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
