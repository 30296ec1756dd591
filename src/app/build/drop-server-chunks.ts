import type { Plugin } from 'vite';

/** Modules only the prerender step runs; preact-iso's `prerender()` imports them lazily. */
const SERVER_ONLY = [/[\\/]preact-render-to-string[\\/]/, /[\\/]preact-iso[\\/]src[\\/]prerender\.js$/];

/**
 * The prerender script is built as an extra entry that no page ever loads. Remove every JS
 * chunk that only it can reach, and chunks made only of server-only modules (a browser never
 * calls `prerender()`), so build-time code is neither shipped nor precached.
 */
export function dropServerChunks(serverEntry: string): Plugin {
  return {
    name: 'kier-drop-server-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const browserEntries = chunks.filter((chunk) => chunk.isEntry && !chunk.facadeModuleId?.endsWith(serverEntry));
        if (browserEntries.length === 0) this.error(`No browser entry besides ${serverEntry}`);
        const reachable = new Set<string>();
        const serverOnly = (fileName: string) => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' && chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => SERVER_ONLY.some((pattern) => pattern.test(id)));
        };
        const visit = (fileName: string) => {
          if (reachable.has(fileName) || serverOnly(fileName)) return;
          reachable.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
        };
        browserEntries.forEach((entry) => visit(entry.fileName));
        for (const chunk of chunks) {
          if (!reachable.has(chunk.fileName)) delete bundle[chunk.fileName];
        }
      },
    },
  };
}
