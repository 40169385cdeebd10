// The speed targets Pubscope is held to, checked against one run's results. A target whose numbers are missing
// (skipped, failed or not run at that size) counts as missed.

/** One frame at 60 Hz. */
const FRAME_MS = 16;
const KEYSTROKE_MS = 50;
const FIRST_ROWS_MS = 1500;
const HEAP_PER_JSON_BYTE = 3;
const MIN_SPEED_UP = 10;
/** 150 kB as Vite reports sizes: 1 kB is 1,000 bytes. */
const INITIAL_JS_GZIP_BYTES = 150_000;

function p95Of(outcome) {
  if (!outcome || outcome.skipped || outcome.timedOut || !outcome.stats?.count) return undefined;
  return outcome.stats.p95;
}

function describeP95(outcome) {
  if (!outcome) return 'not measured';
  if (outcome.skipped) return `skipped (${outcome.skipped})`;
  if (outcome.timedOut) return `timed out after ${outcome.timeoutMs / 1000} s`;
  return `p95 ${outcome.stats.p95} ms`;
}

function checkInteractions(run, count, limitMs, includeTyping) {
  const interactions = Object.entries(run?.pubscope?.interactions ?? {});
  return interactions
    .filter(([, outcome]) => !outcome.isCalibration && (includeTyping || !outcome.isTyping))
    .map(([id, outcome]) => ({
      target: `${count.toLocaleString('en-US')}: ${outcome.label} ≤ ${limitMs} ms p95`,
      id,
      met: (p95Of(outcome) ?? Infinity) <= limitMs,
      measured: describeP95(outcome),
    }));
}

function checkTyping(run, count) {
  return Object.values(run?.pubscope?.interactions ?? {})
    .filter((outcome) => outcome.isTyping)
    .map((outcome) => ({
      target: `${count.toLocaleString('en-US')}: ${outcome.label} ≤ ${KEYSTROKE_MS} ms p95`,
      met: (p95Of(outcome) ?? Infinity) <= KEYSTROKE_MS,
      measured: describeP95(outcome),
    }));
}

function checkSpeedUp(run, count) {
  const interactions = Object.entries(run?.pubscope?.interactions ?? {}).filter(([, outcome]) => !outcome.isCalibration);
  return interactions.map(([id, outcome]) => {
    const pubscope = p95Of(outcome);
    const baseline = p95Of(run?.baseline?.interactions?.[id]);
    const ratio = pubscope && baseline ? baseline / pubscope : undefined;
    return {
      target: `${count.toLocaleString('en-US')}: ${outcome.label} ≥ ${MIN_SPEED_UP}× faster than the baseline (p95)`,
      met: ratio !== undefined && ratio >= MIN_SPEED_UP,
      measured: ratio === undefined ? 'no ratio (a side is missing)' : `${ratio.toFixed(2)}×`,
    };
  });
}

function checkLoadAndMemory(run, count) {
  const label = count.toLocaleString('en-US');
  const firstRows = run?.pubscope?.load?.firstRowsAt;
  const heap = run?.pubscope?.heap?.usedBytes;
  const jsonBytes = run?.dataset?.jsonBytes;
  const scroll = run?.pubscope?.scroll;
  const scrollMeasured = scroll && !scroll.skipped && scroll.passes > 0;

  return [
    {
      target: `${label}: first rows ≤ ${FIRST_ROWS_MS} ms after navigation, from the saved dataset`,
      met: firstRows !== undefined && firstRows <= FIRST_ROWS_MS,
      measured: firstRows === undefined ? 'not measured' : `${Math.round(firstRows)} ms`,
    },
    {
      target: `${label}: JS heap ≤ ${HEAP_PER_JSON_BYTE}× the dataset's JSON size`,
      met: heap !== undefined && jsonBytes !== undefined && heap <= HEAP_PER_JSON_BYTE * jsonBytes,
      measured: heap === undefined || !jsonBytes ? 'not measured' : `${(heap / jsonBytes).toFixed(2)}× (${(heap / 1e6).toFixed(0)} MB)`,
    },
    {
      target: `${label}: scrolling with no long task over 50 ms`,
      met: Boolean(scrollMeasured) && scroll.longTaskCount === 0,
      measured: scrollMeasured ? `${scroll.longTaskCount} long tasks, longest ${scroll.maxLongTaskMs} ms` : 'not measured',
    },
  ];
}

/** Returns every target with whether this run met it; `bundle` is the initial JavaScript measurement. */
export function checkTargets(runs, bundle) {
  const byCount = new Map(runs.map((run) => [run.count, run]));
  const checks = [
    {
      target: `Default page JavaScript before first paint ≤ ${INITIAL_JS_GZIP_BYTES / 1000} kB gzip`,
      met: bundle.gzipBytes <= INITIAL_JS_GZIP_BYTES,
      measured: `${(bundle.gzipBytes / 1000).toFixed(1)} kB`,
    },
  ];

  if (byCount.has(10_000)) checks.push(...checkInteractions(byCount.get(10_000), 10_000, FRAME_MS, true));
  if (byCount.has(100_000)) {
    const run = byCount.get(100_000);
    checks.push(
      ...checkInteractions(run, 100_000, FRAME_MS, false),
      ...checkTyping(run, 100_000),
      ...checkLoadAndMemory(run, 100_000),
      ...checkSpeedUp(run, 100_000),
    );
  }

  return checks;
}
