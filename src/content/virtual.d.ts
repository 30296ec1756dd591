// Generated at build time by src/content/build/vite-plugin-content.ts; typed in catalog.ts.
declare module 'virtual:kier-content' {
  export const modules: unknown;
  export const bodyLoaders: Record<string, () => Promise<{ default: unknown }>>;
}
