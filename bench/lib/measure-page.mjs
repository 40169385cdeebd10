// Drives one page, Pubscope or the baseline, through loading and every interaction, with the in-page harness.
/* global window -- the functions passed to page.evaluate run in the page, where window is defined. */
import { fileURLToPath, URL } from 'node:url';

import { listInteractions, samplesPerRepetition } from './interactions.mjs';
import { summarise } from './statistics.mjs';
import { TimeoutError, withTimeout } from './timing.mjs';

const HARNESS_PATH = fileURLToPath(new URL('./page-harness.js', import.meta.url));

function round(value) {
  return value === undefined ? undefined : Math.round(value * 10) / 10;
}

function evaluateHarness(page, method, argument) {
  return page.evaluate(([name, value]) => window.__benchHarness[name](value), [method, argument]);
}

async function waitForQuiet(page, options) {
  await withTimeout(
    evaluateHarness(page, 'waitForQuiet', { quietMs: options.quietMs, timeoutMs: options.quietTimeoutMs }),
    options.quietTimeoutMs + 10_000,
    'waiting for the page to go quiet',
  );
}

function measureAction(page, profile, action, options) {
  return withTimeout(
    evaluateHarness(page, 'measureAction', { action, regions: profile.regions, graceMs: options.graceMs }),
    options.sampleTimeoutMs,
    'one interaction',
  );
}

/** Waits for a page whose main thread is still busy with a timed-out interaction; throws when it stays busy. */
async function waitUntilResponsive(page, options) {
  await withTimeout(page.evaluate(() => true), options.recoveryTimeoutMs, 'waiting for the page to respond again');
}

async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((entry) => [entry.name, entry.value]));
}

async function measureHeap(cdp) {
  // Two collections, because the first may only finalise objects that the second then frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const metrics = await readMetrics(cdp);
  return { usedBytes: usage.usedSize, totalBytes: usage.totalSize, domNodes: metrics.Nodes };
}

/**
 * Chromium's own main-thread accounting between two metric readings, in milliseconds: script, style recalculation,
 * layout, and all tasks together (which also covers paint and everything else).
 */
function diffMetrics(before, after) {
  const seconds = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    scriptMs: seconds('ScriptDuration'),
    styleMs: seconds('RecalcStyleDuration'),
    layoutMs: seconds('LayoutDuration'),
    taskMs: seconds('TaskDuration'),
  };
}

async function runUntimed(page, profile, actions, options) {
  for (const action of actions) {
    await measureAction(page, profile, action, options);
    await waitForQuiet(page, options);
  }
}

/** Runs one interaction's samples until the repetitions are done, its time budget is spent or a sample times out. */
async function runInteraction(page, cdp, profile, interaction, options) {
  const requested = options.repetitions * samplesPerRepetition(interaction);
  const samples = [];
  const started = Date.now();
  let timedOut = false;

  for (let index = 0; index < requested; index++) {
    if (index > 0 && Date.now() - started > options.interactionBudgetMs) break;
    await runUntimed(page, profile, interaction.setup?.(index) ?? [], options);
    await waitForQuiet(page, options);

    try {
      const before = await readMetrics(cdp);
      const sample = await measureAction(page, profile, interaction.sample(index), options);
      samples.push({ ...sample, mainThread: diffMetrics(before, await readMetrics(cdp)) });
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      timedOut = true;
      await waitUntilResponsive(page, options);
      break;
    }
  }

  await runUntimed(page, profile, interaction.cleanup?.(samples.length) ?? [], options);
  const times = samples.map((sample) => sample.ms);

  const mainThreadMedian = (key) => round(summarise(samples.map((sample) => sample.mainThread[key])).p50);

  return {
    label: interaction.label,
    isTyping: Boolean(interaction.isTyping),
    isCalibration: Boolean(interaction.isCalibration),
    requested,
    timedOut,
    timeoutMs: timedOut ? options.sampleTimeoutMs : undefined,
    elapsedMs: Date.now() - started,
    stats: mapValues(summarise(times), round),
    handlerStats: mapValues(summarise(samples.map((sample) => sample.handlerMs)), round),
    maxLongTaskMs: round(Math.max(0, ...samples.map((sample) => sample.maxLongTaskMs))),
    /** Medians over the samples. The window also covers the harness's frame wait, so small values are noise. */
    mainThreadMedianMs: {
      script: mainThreadMedian('scriptMs'),
      style: mainThreadMedian('styleMs'),
      layout: mainThreadMedian('layoutMs'),
      task: mainThreadMedian('taskMs'),
    },
    samplesMs: times.map(round),
  };
}

function mapValues(object, transform) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, key === 'count' ? value : transform(value)]));
}

async function runScroll(page, profile, options) {
  const passes = [];
  const started = Date.now();

  for (let pass = 0; pass < options.repetitions; pass++) {
    if (pass > 0 && Date.now() - started > options.interactionBudgetMs) break;
    await waitForQuiet(page, options);
    const scrollArguments = { tableSelector: profile.tableSelector, steps: options.scrollSteps, timeoutMs: options.scrollPassTimeoutMs };
    passes.push(
      await withTimeout(evaluateHarness(page, 'scrollPass', scrollArguments), options.scrollPassTimeoutMs + options.sampleTimeoutMs, 'a scroll pass'),
    );
  }

  return {
    label: 'Scroll the table top to bottom',
    requested: options.repetitions,
    passes: passes.length,
    stepsPerPass: options.scrollSteps,
    framesPerSecond: round(summarise(passes.map((pass) => pass.framesPerSecond)).p50),
    frameStats: {
      p50: round(summarise(passes.map((pass) => pass.p50FrameMs)).p50),
      p95: round(summarise(passes.map((pass) => pass.p95FrameMs)).p95),
      max: round(Math.max(0, ...passes.map((pass) => pass.maxFrameMs))),
    },
    longTaskCount: passes.reduce((sum, pass) => sum + pass.longTaskCount, 0),
    maxLongTaskMs: round(Math.max(0, ...passes.map((pass) => pass.maxLongTaskMs))),
    scrolledPx: passes[0]?.scrolledPx,
    elapsedMs: Date.now() - started,
  };
}

function collectProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  return problems;
}

/**
 * Opens the page, waits for the dataset's first rows, measures the heap, then runs every interaction and the scroll
 * passes. Failures are recorded in `error` rather than thrown, so that one broken page leaves the other measured.
 */
export async function measurePage({ context, origin, profile, dataset, options, isPastDeadline, log }) {
  const page = await context.newPage();
  const problems = collectProblems(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result = { page: profile.label, interactions: {}, problems };
  const loadConfig = { datasetId: dataset.datasetId, paperCount: dataset.paperCount, switchDataset: profile.switchDataset, rowSelector: profile.rowSelector };

  try {
    await page.addInitScript({ content: `window.__benchLoadConfig = ${JSON.stringify(loadConfig)};` });
    await page.addInitScript({ path: HARNESS_PATH });
    await page.goto(`${origin}${profile.path(dataset.datasetId)}`, { waitUntil: 'commit', timeout: options.loadTimeoutMs });

    const load = await withTimeout(page.evaluate(() => window.__benchHarness.loaded), options.loadTimeoutMs, 'loading the dataset');
    result.load = mapValues(load, round);
    await page.waitForSelector(profile.readySelector, { state: 'attached', timeout: options.loadTimeoutMs });
    await waitForQuiet(page, { ...options, quietMs: Math.max(options.quietMs, 300) });
    result.heap = await measureHeap(cdp);
    log(`[bench] ${profile.label}: first rows after ${Math.round(load.firstRowsAt)} ms, heap ${(result.heap.usedBytes / 1e6).toFixed(1)} MB`);

    for (const interaction of listInteractions(profile)) {
      if (isPastDeadline()) {
        result.interactions[interaction.id] = {
          label: interaction.label,
          isTyping: Boolean(interaction.isTyping),
          isCalibration: Boolean(interaction.isCalibration),
          skipped: 'the run time limit was reached',
        };
        continue;
      }
      const outcome = await runInteraction(page, cdp, profile, interaction, options);
      result.interactions[interaction.id] = outcome;
      log(`[bench] ${profile.label}: ${interaction.label}: p50 ${outcome.stats.p50} ms, p95 ${outcome.stats.p95} ms (${outcome.stats.count} samples${outcome.timedOut ? ', timed out' : ''})`);
    }

    result.scroll = isPastDeadline() ? { skipped: 'the run time limit was reached' } : await runScroll(page, profile, options);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    log(`[bench] ${profile.label}: stopped: ${result.error}`);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }

  return result;
}
