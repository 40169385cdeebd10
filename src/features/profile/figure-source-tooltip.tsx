import { useEffect, useId, useState } from 'react';

import type { FigureExplanation } from './profile-figures';

interface FigureSourceTooltipProps {
  /** Accessible name of the button, such as "Source of h-index (computed)". */
  buttonName: string;
  explanation: FigureExplanation;
}

/**
 * Renders a small button whose tooltip explains where a figure comes from. The tooltip opens on hover, focus and
 * click (for touch screens) and closes on Escape. Screen readers read its text as the button's description.
 */
export function FigureSourceTooltip({ buttonName, explanation }: FigureSourceTooltipProps) {
  const tooltipId = useId();
  const [open, setOpen] = useState(false);

  // Escape closes an open tooltip wherever focus is, so that one opened by hovering can be dismissed from the keyboard.
  useEffect(() => {
    if (!open) return undefined;

    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  // The hover handlers sit on the wrapper, which contains the tooltip, so the pointer can move onto the text.
  return (
    <span className="figure-source" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="figure-source-button"
        aria-label={buttonName}
        aria-describedby={tooltipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
      >
        i
      </button>
      {/* NOTE: hidden rather than removed, because aria-describedby still reads the text of a hidden element. */}
      <span id={tooltipId} role="tooltip" className="figure-tooltip" hidden={!open}>
        <span className="figure-tooltip-line">{explanation.method}</span>{' '}
        <span className="figure-tooltip-line">{explanation.inputs}</span>
      </span>
    </span>
  );
}
