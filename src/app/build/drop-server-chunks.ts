import type { Plugin } from 'vite';

/**
 * The prerender script is built as an extra entry that no page ever loads. Remove every JS
 * chunk that only it can reach, so build-time code is neither shipped nor precached.
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
        const visit = (fileName: string) => {
          if (reachable.has(fileName)) return;
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
