// Reads the benchmark's settings from the command line and the environment.

const FULL_COUNTS = [1_000, 10_000, 100_000];
const QUICK_COUNTS = [1_000];

function readNumber(env, name, fallback) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${text}".`);
  return value;
}

function readCounts(env, fallback) {
  const text = env.BENCH_COUNTS;
  if (!text) return fallback;
  const counts = text.split(',').map((part) => Number(part.trim()));
  if (counts.some((count) => !Number.isInteger(count) || count <= 0)) {
    throw new Error(`BENCH_COUNTS must list whole numbers separated by commas, such as 1000,10000; got "${text}".`);
  }
  return counts;
}

/**
 * Returns the run's settings. Quick mode (`--quick`) measures 1,000 papers three times each and fails only on
 * errors. The full run measures 1,000, 10,000 and 100,000 papers twenty times each and fails on missed targets too.
 */
export function readRunOptions(argv, env) {
  const quick = argv.includes('--quick');

  return {
    quick,
    counts: readCounts(env, quick ? QUICK_COUNTS : FULL_COUNTS),
    repetitions: readNumber(env, 'BENCH_REPETITIONS', quick ? 3 : 20),
    seed: readNumber(env, 'BENCH_SEED', 20_261_204),
    host: '127.0.0.1',
    port: readNumber(env, 'PUBSCOPE_BENCH_PORT', 4610),
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    /**
     * Time one interaction may take on one page, all samples together, before its series stops. The quick run's is
     * short, so that it ends within about two minutes even while Pubscope needs a second per interaction.
     */
    interactionBudgetMs: readNumber(env, 'BENCH_INTERACTION_BUDGET_S', quick ? 6 : 60) * 1000,
    sampleTimeoutMs: readNumber(env, 'BENCH_SAMPLE_TIMEOUT_S', 90) * 1000,
    recoveryTimeoutMs: readNumber(env, 'BENCH_SAMPLE_TIMEOUT_S', 90) * 3000,
    loadTimeoutMs: readNumber(env, 'BENCH_LOAD_TIMEOUT_S', 300) * 1000,
    /** The whole run stops measuring after this; what is left is reported as skipped. */
    maxRunMs: readNumber(env, 'BENCH_MAX_MINUTES', quick ? 10 : 150) * 60_000,
    /** How long a region that has not changed after the first frame may take to change. */
    graceMs: readNumber(env, 'BENCH_GRACE_MS', 100),
    /** No long task for this long counts as idle before each sample. */
    quietMs: readNumber(env, 'BENCH_QUIET_MS', 100),
    quietTimeoutMs: 60_000,
    scrollSteps: readNumber(env, 'BENCH_SCROLL_STEPS', quick ? 30 : 60),
    scrollPassTimeoutMs: 60_000,
  };
}
