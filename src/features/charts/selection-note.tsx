interface SelectionNoteProps {
  /** Sentence that states what the selection keeps: "Showing papers from 2024 only." */
  message: string;
  clearLabel: string;
  onClear: () => void;
}

/** States a chart's current selection and offers a button that clears it. */
export function SelectionNote({ message, clearLabel, onClear }: SelectionNoteProps) {
  return (
    <p className="chart-selection">
      {message}{' '}
      <button type="button" className="chart-link-button" onClick={onClear}>
        {clearLabel}
      </button>
    </p>
  );
}
