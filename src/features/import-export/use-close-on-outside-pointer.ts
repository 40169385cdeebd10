import { useEffect, useRef, type RefObject } from 'react';

/** Calls `close` when a pointer goes down outside `containerRef` while `open`, as menus and popovers do. */
export function useCloseOnOutsidePointer(open: boolean, containerRef: RefObject<HTMLElement | null>, close: () => void) {
  const closeRef = useRef(close);

  useEffect(() => {
    closeRef.current = close;
  });

  useEffect(() => {
    if (!open) return;

    const closeIfOutside = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) closeRef.current();
    };
    document.addEventListener('pointerdown', closeIfOutside);
    return () => document.removeEventListener('pointerdown', closeIfOutside);
  }, [open, containerRef]);
}
