// Builds the production app and the benchmark's pages with the repository's own Vite.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';

const BUILD_TIMEOUT_MS = 5 * 60_000;

function runVite(repoRoot, args, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));

    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`vite ${args.join(' ')} failed (${signal ?? `exit code ${code}`}):\n${output}`));
    });
    log(`[bench] vite ${args.join(' ')}`);
  });
}

/** Builds into `outputDir`/app and `outputDir`/pages, never into dist/, which other work may be rebuilding. */
export async function buildPages({ repoRoot, outputDir, log }) {
  const appDir = join(outputDir, 'app');
  const benchDir = join(outputDir, 'pages');

  await runVite(repoRoot, ['build', '--outDir', appDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], log);
  await runVite(
    repoRoot,
    ['build', '--config', 'bench/vite.bench.config.ts', '--outDir', benchDir, '--emptyOutDir', '--logLevel', 'warn'],
    log,
  );

  return { appDir, benchDir };
}
