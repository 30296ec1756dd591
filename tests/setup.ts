import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { loadLocale } from '../src/app/i18n';

beforeAll(async () => {
  await Promise.all([loadLocale('nl'), loadLocale('en')]);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
