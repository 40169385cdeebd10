#!/usr/bin/env node
// Measures Pubscope against a plain TanStack Table page at 1,000, 10,000 and 100,000 papers: builds both, serves
// them on 127.0.0.1, drives Chromium through loading and every interaction, prints one table per size, checks the
// targets and writes bench/results/latest.json and latest.md. `--quick` runs 1,000 papers only.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

import { buildPages } from './lib/build-pages.mjs';
import { measureInitialJavaScript } from './lib/bundle-size.mjs';
import { describeMachine, formatLoadAverage } from './lib/machine-info.mjs';
import { measurePage } from './lib/measure-page.mjs';
import { PAGE_PROFILES } from './lib/page-profiles.mjs';
import { formatBundle, formatRunTable, formatTargets } from './lib/report.mjs';
import { readRunOptions } from './lib/run-options.mjs';
import { seedDataset } from './lib/seed-dataset.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { checkTargets } from './lib/targets.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = dirname(BENCH_DIR);
const RESULTS_DIR = join(BENCH_DIR, 'results');

// Chromium's background services would only fail without a network. Timers and frames of a page in the
// background are not slowed down, so that no measurement depends on window focus.
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function log(message) {
  process.stdout.write(`${message}\n`);
}

/** Measures one dataset size in a fresh browser profile, so that each size starts with an empty IndexedDB. */
async function measureCount({ count, origin, options, isPastDeadline }) {
  const run = { count, loadAverage: { before: formatLoadAverage() } };
  const profileDir = await mkdtemp(join(tmpdir(), 'pubscope-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: options.chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });

  try {
    log(`[bench] ${count.toLocaleString('en-US')} papers: generating and saving the dataset`);
    run.dataset = await seedDataset({ context, origin, count, seed: options.seed, timeoutMs: options.loadTimeoutMs });
    log(`[bench] saved ${run.dataset.datasetId}: ${(run.dataset.jsonBytes / 1e6).toFixed(1)} MB of JSON`);

    for (const [side, profile] of Object.entries(PAGE_PROFILES)) {
      run[side] = isPastDeadline()
        ? { page: profile.label, error: 'skipped: the run time limit was reached', interactions: {}, problems: [] }
        : await measurePage({ context, origin, profile, dataset: run.dataset, options, isPastDeadline, log });
    }
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
    log(`[bench] ${count} papers: stopped: ${run.error}`);
  } finally {
    await context.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
  }

  run.loadAverage.after = formatLoadAverage();
  return run;
}

/** Lists what went wrong, as opposed to targets missed: these fail the quick run too. */
function listErrors(runs) {
  const errors = [];
  for (const run of runs) {
    if (run.error) errors.push(`${run.count} papers: ${run.error}`);
    for (const side of [run.pubscope, run.baseline]) {
      if (side?.error) errors.push(`${run.count} papers, ${side.page}: ${side.error}`);
      for (const problem of side?.problems ?? []) errors.push(`${run.count} papers, ${side.page}: ${problem}`);
    }
  }
  return errors;
}

function formatReport({ startedAt, machine, options, bundle, runs, checks }) {
  const mode = options.quick ? 'npm run bench:quick' : 'npm run bench';
  return [
    `## ${mode}, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine.cpuCount} CPUs (${machine.cpuModel}), ${machine.totalMemoryGiB} GiB memory, ${machine.chromium}, Node ${machine.nodeVersion}. ` +
      `${options.repetitions} repetitions per interaction, seed ${options.seed}. ` +
      `Commit ${machine.workingTree.commit} with ${machine.workingTree.changedFiles} changed or new files in the working tree, which is what was built.`,
    '',
    formatBundle(bundle),
    '',
    ...runs.flatMap((run) => [formatRunTable(run), '']),
    '### Targets',
    '',
    formatTargets(checks),
    '',
  ].join('\n');
}

async function writeResults(report, markdown, quick) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const name = quick ? 'latest-quick' : 'latest';
  await writeFile(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(RESULTS_DIR, `${name}.md`), markdown);
  return join(RESULTS_DIR, `${name}.md`);
}

async function main() {
  const options = readRunOptions(process.argv.slice(2), process.env);
  if (!existsSync(options.chromiumPath)) {
    throw new Error(`No Chromium at ${options.chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }

  const startedAt = new Date();
  const deadline = Date.now() + options.maxRunMs;
  const isPastDeadline = () => Date.now() > deadline;
  const machine = describeMachine(options.chromiumPath, REPO_ROOT);
  log(`[bench] ${options.quick ? 'quick' : 'full'} run: ${options.counts.join(', ')} papers, ${options.repetitions} repetitions; load average ${formatLoadAverage()}`);

  const outputDir = await mkdtemp(join(tmpdir(), 'pubscope-bench-build-'));
  let server;
  try {
    const { appDir, benchDir } = await buildPages({ repoRoot: REPO_ROOT, outputDir, log });
    const bundle = await measureInitialJavaScript(appDir);
    log(`[bench] ${formatBundle(bundle)}`);

    server = await startStaticServer({ appDir, benchDir, host: options.host, port: options.port });
    log(`[bench] serving on ${server.origin}`);

    const runs = [];
    for (const count of options.counts) {
      runs.push(await measureCount({ count, origin: server.origin, options, isPastDeadline }));
    }

    const checks = checkTargets(runs, bundle);
    const errors = listErrors(runs);
    const markdown = formatReport({ startedAt, machine, options, bundle, runs, checks });
    const markdownPath = await writeResults({ startedAt, machine, options, bundle, runs, checks, errors }, markdown, options.quick);

    log(`\n${markdown}`);
    log(`[bench] results written to ${markdownPath} and the .json beside it`);
    for (const error of errors) log(`[bench] error: ${error}`);

    const missed = checks.filter((check) => !check.met);
    if (errors.length > 0) return 1;
    if (missed.length > 0 && !options.quick) {
      log(`[bench] ${missed.length} of ${checks.length} targets missed`);
      return 1;
    }
    if (missed.length > 0) log(`[bench] quick run: ${missed.length} targets missed, which only the full run enforces`);
    return 0;
  } finally {
    await server?.close();
    await rm(outputDir, { recursive: true, force: true });
  }
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
