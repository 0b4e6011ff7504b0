// The fact-checker's page: a static site with no server of ours. `base: './'` makes every
// asset URL relative, so the built folder works from any static host or sub-path
// (GitHub Pages, an S3 bucket, a newsroom intranet) without being told where it lives.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: '../dist-playground',
    emptyOutDir: true,
    // The language model is one big module (~1 MB gzipped); say so only above that.
    chunkSizeWarningLimit: 6000,
    // Rolldown reports slow plugins; on a shared CI machine that is noise, not a finding.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: {
        // pdf.js's worker ships as .mjs; some static hosts serve that type as a download, and
        // browsers refuse a module script without a JavaScript type, so it goes out as .js.
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.mjs')) ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  // The worker bundle has its own chunks (the library and the model), so it is an ES module worker.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
