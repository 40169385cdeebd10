/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // Testing Library unmounts rendered trees between tests only when globals are on.
    globals: true,
    environment: 'jsdom',
    // recharts renders slowly in jsdom: a first chart test can take several seconds on a busy two-core machine.
    testTimeout: 20_000,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // The JSON report feeds the pass and fail totals that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
