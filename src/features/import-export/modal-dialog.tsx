import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** Called by the Close button and by Escape. The owner closes the dialog by unmounting it. */
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * Shows a native modal `<dialog>`: the browser keeps focus inside it and makes the page behind it inert. It opens on mount,
 * moves focus to the element marked `data-autofocus` (React's `autoFocus` runs before `showModal`, which would move
 * focus again), and on unmount returns focus to the element that had it before.
 */
export function ModalDialog({ title, onClose, className, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog) return;

    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();

    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={['modal-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-dialog-close" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
