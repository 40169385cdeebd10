#!/usr/bin/env node
// Times the steps between reading a saved dataset and drawing its first rows, outside the browser: the
// IndexedDB read (approximated by V8's deserializer), validating the record, building the paper index and the
// first sorted order and counts. It bundles the sources with the repository's Vite, runs each measurement in a
// child Node process and prints Markdown tables.
// Usage: node bench/profile-load.mjs [--count 100000] [--seed 20261204] [--runs 5]
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = dirname(BENCH_DIR);
const ENTRY_ID = '\0profile-load-entry';

// Everything the load path runs, imported from the sources so that the bundle is the app's own code.
const ENTRY_SOURCE = `
export { generateDataset } from '${REPO_ROOT}/src/domain/synthetic/generate-dataset.ts';
export { readSavedRecord } from '${REPO_ROOT}/src/domain/saved-data/saved-record.ts';
export { validateDataset } from '${REPO_ROOT}/src/domain/schema.ts';
export { isPlainValidDataset, validateStoredDataset } from '${REPO_ROOT}/src/domain/saved-data/stored-dataset-check.ts';
export { buildPaperIndex, getSortedOrder } from '${REPO_ROOT}/src/domain/query/paper-index.ts';
export { buildSearchTerms } from '${REPO_ROOT}/src/domain/query/search-terms.ts';
export { cleanTexText, foldText } from '${REPO_ROOT}/src/domain/text.ts';
export { selectVisiblePositions, countPapersPerCategory, papersAt } from '${REPO_ROOT}/src/domain/query/filter.ts';
export { countMatchingByYearAndCategory, computeMatchingCategoryMix } from '${REPO_ROOT}/src/domain/query/chart-counts.ts';
export { computeVisibleScoreDistribution } from '${REPO_ROOT}/src/domain/query/visible-scores.ts';
export { createDefaultViewState } from '${REPO_ROOT}/src/domain/query/view-state.ts';
`;

// The built page forbids eval through its Content-Security-Policy, which turns off zod's compiled object parsers.
// The flag does the same to Node, so the second run validates as the page does.
const MODES = [
  { name: 'eval allowed (zod compiles its parsers)', flags: [] },
  { name: 'eval forbidden, as under the page CSP', flags: ['--disallow-code-generation-from-strings'] },
];

function readOptions(argv) {
  const options = { count: 100_000, seed: 20261204, runs: 5, measure: undefined };
  for (let position = 0; position < argv.length; position += 2) {
    const [name, value] = [argv[position], argv[position + 1]];
    if (name === '--measure') options.measure = value;
    else if (['--count', '--seed', '--runs'].includes(name) && Number.isInteger(Number(value))) {
      options[name.slice(2)] = Number(value);
    } else {
      throw new Error(`Unknown or invalid option ${name} ${value ?? ''}; expected --count, --seed or --runs with a whole number.`);
    }
  }
  return options;
}

async function bundleEntry(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: REPO_ROOT,
    // Bundling zod in lets the output run from a temporary folder, which has no node_modules beside it.
    ssr: { noExternal: true },
    plugins: [
      {
        name: 'profile-load-entry',
        resolveId: (id) => (id === ENTRY_ID ? ENTRY_ID : undefined),
        load: (id) => (id === ENTRY_ID ? ENTRY_SOURCE : undefined),
      },
    ],
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: { entry: ENTRY_ID }, output: { entryFileNames: 'entry.mjs' } },
    },
  });
  return join(outDir, 'entry.mjs');
}

function runChild(flags, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', ...flags, fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`The measuring process exited with code ${code}.`))));
  });
}

function median(values) {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `prepare` untimed and `step` timed, `runs` times, and returns the median and fastest times in ms. */
function time(runs, step, prepare = () => undefined) {
  const durations = [];
  for (let run = 0; run < runs; run++) {
    const input = prepare();
    const start = performance.now();
    step(input);
    durations.push(performance.now() - start);
  }
  return { median: median(durations), min: Math.min(...durations) };
}

function printRow(label, timing) {
  process.stdout.write(`| ${label} | ${timing.median.toFixed(1)} ms | ${timing.min.toFixed(1)} ms |\n`);
}

async function measure(entryPath, { count, seed, runs }) {
  const load = await import(pathToFileURL(entryPath).href);
  const dataset = load.generateDataset(count, seed);
  const record = { schemaVersion: 1, datasetId: dataset.id, dataset, createdAt: '2026-12-04T00:00:00.000Z' };
  const serialized = v8.serialize(record);
  const jsonBytes = Buffer.byteLength(JSON.stringify(dataset));
  process.stdout.write(
    `${count.toLocaleString('en-US')} papers, ${(jsonBytes / 1e6).toFixed(1)} MB of JSON, ` +
      `${(serialized.byteLength / 1e6).toFixed(1)} MB serialized; median and fastest of ${runs} runs\n\n`,
  );
  process.stdout.write('| Step | Median | Fastest |\n| --- | ---: | ---: |\n');

  // IndexedDB stores and hands back structured clones, which Chromium writes and reads with V8's serializer.
  printRow('v8.deserialize of the record (the IndexedDB read, without disk and IPC)', time(runs, () => v8.deserialize(serialized)));
  printRow('v8.serialize of the record (the IndexedDB put, without disk and IPC)', time(runs, () => v8.serialize(record)));
  const stored = () => v8.deserialize(serialized);
  printRow('readSavedRecord (envelope, dataset, view)', time(runs, (value) => assertOk(load.readSavedRecord(dataset.id, value)), stored));
  printRow('validateStoredDataset (what readSavedRecord runs)', time(runs, (value) => assertOk(load.validateStoredDataset(value.dataset)), stored));
  printRow('  of which isPlainValidDataset', time(runs, (value) => load.isPlainValidDataset(value.dataset), stored));
  printRow('validateDataset (zod alone, which readSavedRecord ran before)', time(runs, (value) => assertOk(load.validateDataset(value.dataset)), stored));

  const papers = v8.deserialize(serialized).dataset.papers;
  printRow('buildPaperIndex (without the parts built on first use)', time(runs, () => load.buildPaperIndex(papers)));
  measureIndexParts(load, papers, runs);

  const index = load.buildPaperIndex(papers);
  const view = load.createDefaultViewState();
  const clearOrders = () => index.sortedOrders.clear();
  printRow('getSortedOrder, date desc (uncached)', time(runs, () => load.getSortedOrder(index, view.sort), clearOrders));
  printRow(
    'selectVisiblePositions, default view (sort uncached)',
    time(runs, () => load.selectVisiblePositions(index, view.filters, view.selection, view.sort), clearOrders),
  );
  const positions = load.selectVisiblePositions(index, view.filters, view.selection, view.sort);
  printRow('papersAt, all visible', time(runs, () => load.papersAt(index, positions)));
  printRow('countPapersPerCategory', time(runs, () => load.countPapersPerCategory(index, view.filters, view.selection)));
  printRow('countMatchingByYearAndCategory', time(runs, () => load.countMatchingByYearAndCategory(index, view.filters, {})));
  printRow('computeMatchingCategoryMix', time(runs, () => load.computeMatchingCategoryMix(index, view.filters, {})));
  printRow('computeVisibleScoreDistribution', time(runs, () => load.computeVisibleScoreDistribution(index, positions)));
}

/**
 * Times the title sort keys and the search terms of the index, which buildPaperIndex builds on first use. The
 * search text repeats paper-index.ts's private buildSearchText.
 */
function measureIndexParts(load, papers, runs) {
  const buildSearchText = (paper) =>
    load.cleanTexText([paper.title, [...paper.authors, ...(paper.fullAuthors ?? [])].join(' '), paper.abstract ?? ''].join(' \u0000 '));

  printRow('title sort keys: foldText(cleanTexText(title))', time(runs, () => papers.map((paper) => load.foldText(load.cleanTexText(paper.title)))));
  printRow('search texts: cleanTexText(title, authors, abstract)', time(runs, () => papers.map(buildSearchText)));
  const texts = papers.map(buildSearchText);
  printRow('buildSearchTerms over those texts', time(runs, () => load.buildSearchTerms(texts, papers.length)));
}

function assertOk(result) {
  if (!result.ok) throw new Error(`The generated record failed validation: ${result.error}`);
}

const options = readOptions(process.argv.slice(2));
if (options.measure) {
  await measure(options.measure, options);
} else {
  const outDir = await mkdtemp(join(tmpdir(), 'pubscope-profile-load-'));
  try {
    const entryPath = await bundleEntry(outDir);
    const args = ['--measure', entryPath, '--count', String(options.count), '--seed', String(options.seed), '--runs', String(options.runs)];
    for (const mode of MODES) {
      process.stdout.write(`\n## ${mode.name}\n\n`);
      await runChild(mode.flags, args);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
