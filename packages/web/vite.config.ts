import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** JavaScript budget for the whole app, all chunks together (issue 7: < 250 KB gzip). */
const budgetKb = 250;

/** Prints the gzip size of all JavaScript (and of the first page's) and fails over budget. */
function bundleBudget(): Plugin {
  return {
    name: 'blockade-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      let totalKb = 0;
      let entryKb = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') {
          continue;
        }
        const kb = gzipSync(file.code, { level: 9 }).length / 1024;
        totalKb += kb;
        if (file.isEntry) {
          entryKb += kb;
        }
      }
      const line = `JavaScript bundle: ${totalKb.toFixed(1)} KB gzip in all chunks (budget ${budgetKb} KB); first page loads ${entryKb.toFixed(1)} KB`;
      console.log(`\n${line}`);
      if (totalKb > budgetKb) {
        this.error(`${line}: over budget`);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), bundleBudget()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 300,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
