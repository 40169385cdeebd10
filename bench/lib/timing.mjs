import { clearTimeout, setTimeout } from 'node:timers';

export class TimeoutError extends Error {}

/** Resolves like `promise`, or rejects with a TimeoutError naming `what` after `timeoutMs`. */
export async function withTimeout(promise, timeoutMs, what) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });

  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
