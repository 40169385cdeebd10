import { useEffect, useRef, useState } from 'react';

import type { ShownToast, ToastContent } from './toast-context';

interface ToastRegionProps {
  toast: ShownToast | null;
  onDismiss: () => void;
}

/**
 * Renders the live region that toasts appear in. It stays in the page while empty, because screen readers announce changes to a
 * region they already know, not a region that appears with its text. The timer pauses while the pointer or the
 * focus is on the toast, so that a toast stays while someone reads it or reaches for its button.
 */
export function ToastRegion({ toast, onDismiss }: ToastRegionProps) {
  const [paused, setPaused] = useState(false);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const focusNextToast = useRef(false);
  const durationMs = toast?.content.durationMs;

  useEffect(() => {
    if (durationMs === undefined || paused) return;
    const timer = setTimeout(onDismiss, durationMs);
    return () => clearTimeout(timer);
  }, [toast?.serial, durationMs, paused, onDismiss]);

  useEffect(() => {
    if (!focusNextToast.current) return;
    focusNextToast.current = false;
    dismissRef.current?.focus();
  }, [toast?.serial]);

  const runAction = (action: NonNullable<ToastContent['action']>) => {
    // The action's button disappears with this toast, so focus moves to the next toast instead of the page's start.
    focusNextToast.current = true;
    setPaused(false);
    action.run();
  };

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          className="toast"
          onMouseEnter={() => setPaused(true)}
          onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setPaused(false);
          }}
        >
          <p className="toast-message">{toast.content.message}</p>
          {toast.content.details && (
            <details className="toast-details">
              <summary>{toast.content.details.summary}</summary>
              <ul>
                {toast.content.details.items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="toast-buttons">
            {toast.content.action && (
              <button type="button" className="button-primary" onClick={() => runAction(toast.content.action!)}>
                {toast.content.action.label}
              </button>
            )}
            <button type="button" ref={dismissRef} onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
