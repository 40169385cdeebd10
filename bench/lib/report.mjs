// Formats one run's results as Markdown tables, one per dataset size, readable in a terminal and pasteable into
// BENCHMARKS.md.

function formatMs(value) {
  if (value === undefined) return '–';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

function describeOutcome(outcome, statistic) {
  if (!outcome) return '–';
  if (outcome.skipped) return 'skipped';
  if (!outcome.stats?.count) return outcome.timedOut ? `> ${formatMs(outcome.timeoutMs)}` : '–';
  const value = formatMs(outcome.stats[statistic]);
  return outcome.timedOut ? `${value}, then > ${formatMs(outcome.timeoutMs)}` : value;
}

function describeSamples(outcome) {
  if (!outcome || outcome.skipped) return '0';
  const count = outcome.stats?.count ?? 0;
  return count < outcome.requested ? `${count}/${outcome.requested}` : String(count);
}

function formatRatio(pubscope, baseline) {
  const mine = pubscope?.stats?.p95;
  const theirs = baseline?.stats?.p95;
  if (!mine || !theirs || pubscope.timedOut || baseline.timedOut) return '–';
  return `${(theirs / mine).toFixed(2)}×`;
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function interactionRows(run) {
  const ids = Object.keys(run.pubscope?.interactions ?? run.baseline?.interactions ?? {});
  return ids.map((id) => {
    const pubscope = run.pubscope?.interactions?.[id];
    const baseline = run.baseline?.interactions?.[id];
    return row([
      (pubscope ?? baseline).label,
      describeOutcome(pubscope, 'p50'),
      describeOutcome(pubscope, 'p95'),
      describeOutcome(baseline, 'p50'),
      describeOutcome(baseline, 'p95'),
      formatRatio(pubscope, baseline),
      `${describeSamples(pubscope)} / ${describeSamples(baseline)}`,
    ]);
  });
}

function describeMainThread(outcome) {
  const median = outcome?.mainThreadMedianMs;
  if (!median || !outcome.stats?.count) return ['–', '–', '–'];
  return [formatMs(median.script), formatMs(median.style + median.layout), formatMs(median.task)];
}

/** Chromium's main-thread accounting per sample: where the time goes, apart from waiting for a frame. */
function mainThreadRows(run) {
  const ids = Object.keys(run.pubscope?.interactions ?? run.baseline?.interactions ?? {});
  return ids.map((id) => {
    const pubscope = run.pubscope?.interactions?.[id];
    const baseline = run.baseline?.interactions?.[id];
    return row([(pubscope ?? baseline).label, ...describeMainThread(pubscope), ...describeMainThread(baseline)]);
  });
}

function describeScroll(scroll) {
  if (!scroll) return '–';
  if (scroll.skipped) return 'skipped';
  return `${scroll.framesPerSecond} frames/s, frame p95 ${formatMs(scroll.frameStats.p95)}, ${scroll.longTaskCount} long tasks (longest ${formatMs(scroll.maxLongTaskMs)})`;
}

function describeLoad(load) {
  if (!load) return '–';
  const steps =
    load.offeredAt === undefined
      ? ''
      : ` (saved dataset in the Dataset select at ${formatMs(load.offeredAt)}, chosen → first rows ${formatMs(load.firstRowsAt - load.offeredAt)})`;
  return `${formatMs(load.firstRowsAt)}${steps}`;
}

function describeHeap(heap, jsonBytes) {
  if (!heap) return '–';
  const ratio = jsonBytes ? `, ${(heap.usedBytes / jsonBytes).toFixed(2)}× JSON` : '';
  return `${(heap.usedBytes / 1e6).toFixed(1)} MB${ratio}, ${Math.round(heap.domNodes ?? 0).toLocaleString('en-US')} DOM nodes`;
}

/** Formats the tables for one dataset size. */
export function formatRunTable(run) {
  const jsonMb = run.dataset ? `${(run.dataset.jsonBytes / 1e6).toFixed(1)} MB of JSON` : 'dataset not generated';
  const lines = [
    `### ${run.count.toLocaleString('en-US')} papers (${jsonMb}; load average ${run.loadAverage.before} → ${run.loadAverage.after})`,
    '',
    row(['Interaction', 'Pubscope p50', 'Pubscope p95', 'Baseline p50', 'Baseline p95', 'Ratio p95 (baseline/Pubscope)', 'Samples (Pubscope / baseline)']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...interactionRows(run),
    '',
    'Main-thread time per sample (median; Chromium\'s ScriptDuration, RecalcStyleDuration + LayoutDuration, TaskDuration):',
    '',
    row(['Interaction', 'Pubscope script', 'Pubscope style + layout', 'Pubscope all tasks', 'Baseline script', 'Baseline style + layout', 'Baseline all tasks']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...mainThreadRows(run),
    '',
    row(['Page', 'Load → first rows', 'JS heap after load', 'Scrolling']),
    row(['---', '---', '---', '---']),
    row(['Pubscope', describeLoad(run.pubscope?.load), describeHeap(run.pubscope?.heap, run.dataset?.jsonBytes), describeScroll(run.pubscope?.scroll)]),
    row(['Baseline', describeLoad(run.baseline?.load), describeHeap(run.baseline?.heap, run.dataset?.jsonBytes), describeScroll(run.baseline?.scroll)]),
  ];

  for (const side of [run.pubscope, run.baseline]) {
    if (side?.error) lines.push('', `${side.page} stopped early: ${side.error}`);
    if (side?.problems?.length) lines.push('', `${side.page} reported: ${side.problems.slice(0, 5).join('; ')}`);
  }
  if (run.error) lines.push('', `This size stopped early: ${run.error}`);

  return lines.join('\n');
}

export function formatTargets(checks) {
  return [
    row(['Target', 'Measured', 'Met']),
    row(['---', '---', '---']),
    ...checks.map((check) => row([check.target, check.measured, check.met ? 'yes' : '**no**'])),
  ].join('\n');
}

export function formatBundle(bundle) {
  const files = bundle.chunks.map((chunk) => `${chunk.file} ${(chunk.gzipBytes / 1000).toFixed(1)} kB`).join(', ');
  return `Default page JavaScript before first paint: ${(bundle.gzipBytes / 1000).toFixed(1)} kB gzip (${(bundle.bytes / 1000).toFixed(1)} kB raw): ${files}.`;
}
