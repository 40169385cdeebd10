import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const benchRoot = resolve(import.meta.dirname);

/** Builds the benchmark's own pages: the seed page, which saves a synthetic dataset, and the baseline table page. */
export default defineConfig({
  root: benchRoot,
  // The runner serves these pages under /bench/ on the app's origin, so that they share the app's IndexedDB.
  base: '/bench/',
  plugins: [react()],
  build: {
    // Outside the repository, so that ESLint and git never see built files; the runner passes its own --outDir.
    outDir: resolve(tmpdir(), 'pubscope-bench-pages'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        seed: resolve(benchRoot, 'seed/index.html'),
        baseline: resolve(benchRoot, 'baseline/index.html'),
      },
    },
  },
});
