/** How long work waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

/** Runs `work` once the page is idle, or after two seconds at the latest; returns a function that cancels it. */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(work, IDLE_TIMEOUT_MS);
  return () => window.clearTimeout(timer);
}
