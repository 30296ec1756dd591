// Generated at build time by src/content/build/vite-plugin-content.ts; typed in catalog.ts.
declare module 'virtual:kier-content' {
  export const catalogLoaders: Record<
    string,
    () => Promise<{ modules: unknown; loadBodies: () => Promise<{ bodyLoaders: Record<string, () => Promise<{ default: unknown }>> }> }>
  >;
}

declare module 'virtual:kier-search/nl' {
  const index: import('../features/search/index-codec').EncodedIndex;
  export default index;
}

declare module 'virtual:kier-search/en' {
  const index: import('../features/search/index-codec').EncodedIndex;
  export default index;
}

declare module 'virtual:kier-strings' {
  export const stringLoaders: Record<string, Record<string, () => Promise<{ default: Record<string, unknown> }>>>;
}

declare module 'virtual:kier-strings/*' {
  const strings: Record<string, unknown>;
  export default strings;
}
