import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { kierStrings } from './src/app/build/vite-plugin-strings.ts';
import { kierContent } from './src/content/build/vite-plugin-content.ts';

export default defineConfig({
  plugins: [kierContent(), kierStrings(), preact({ prerender: { enabled: false } })],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
