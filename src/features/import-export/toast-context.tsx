import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

import { ToastRegion } from './toast-region';

export interface ToastContent {
  message: string;
  /** A list behind a disclosure, such as an import's warnings. */
  details?: { summary: string; items: string[] };
  action?: { label: string; run: () => void };
  /** Hides the toast after this long; without it the toast stays until dismissed. */
  durationMs?: number;
}

/** A toast with a number that changes whenever a new toast replaces it, so that its timer starts again. */
export interface ShownToast {
  serial: number;
  content: ToastContent;
}

const ShowToastContext = createContext<(toast: ToastContent) => void>(() => {});

/** Shows one toast at a time in a status region; a new toast replaces the one on screen. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ShownToast | null>(null);
  const showToast = useCallback(
    (content: ToastContent) => setToast((current) => ({ serial: (current?.serial ?? 0) + 1, content })),
    [],
  );

  const dismissToast = useCallback(() => setToast(null), []);

  return (
    <ShowToastContext.Provider value={showToast}>
      {children}
      <ToastRegion toast={toast} onDismiss={dismissToast} />
    </ShowToastContext.Provider>
  );
}

export function useShowToast(): (toast: ToastContent) => void {
  return useContext(ShowToastContext);
}
