/**
 * Reasons shown after "Your data is kept in memory only and will not survive a reload: ". Each states what happened
 * and, where the person can act, what to do.
 */
export const STORAGE_REASON = {
  noIndexedDb: 'this browser offers no IndexedDB storage here, as in some private windows.',
  blocked: 'another Pubscope tab keeps an older version of the saved data open. Close the other Pubscope tabs and reload.',
  newerDatabase: 'the saved data was written by a newer Pubscope. Reload the page to get the newer version.',
  quotaExceeded: "the browser's storage quota for this site is full. Export the datasets you want to keep.",
  upgradedElsewhere: 'a newer Pubscope opened in another tab upgraded the saved data. Reload this tab.',
  connectionClosed: 'the browser closed the saved-data database.',
} as const;

export function describeOpenTimeout(timeoutMs: number): string {
  return `the browser did not open the saved-data database within ${timeoutMs / 1000} seconds.`;
}

/** Explains why IndexedDB could not be opened, from the DOMException the browser raised. */
export function describeOpenFailure(error: unknown): string {
  switch (errorName(error)) {
    case 'VersionError':
      return STORAGE_REASON.newerDatabase;
    case 'SecurityError':
      return 'the browser does not allow this site to store data (SecurityError).';
    case 'InvalidStateError':
      return 'the browser does not allow storage in this window, as in some private windows (InvalidStateError).';
    default:
      return `the browser could not open the saved-data database (${describeError(error)}).`;
  }
}

/** Explains why a read or write failed; a full quota is the one failure a person can act on. */
export function describeWriteFailure(error: unknown): string {
  if (errorName(error) === 'QuotaExceededError') return STORAGE_REASON.quotaExceeded;
  return `saving failed (${describeError(error)}).`;
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

function describeError(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return message ? `${String(name ?? 'Error')}: ${String(message)}` : String(name ?? 'Error');
  }
  return String(error);
}
