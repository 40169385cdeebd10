import { useId, type Ref } from 'react';

interface ImportProgressProps {
  percent: number;
  onCancel: () => void;
  cancelRef: Ref<HTMLButtonElement>;
}

export function ImportProgress({ percent, onCancel, cancelRef }: ImportProgressProps) {
  const progressId = useId();

  return (
    <div className="import-progress">
      <label htmlFor={progressId}>Import progress</label>
      <div className="import-progress-bar">
        <progress id={progressId} max={100} value={percent}>
          {percent}%
        </progress>
        <span aria-hidden="true">{percent}%</span>
      </div>
      <button type="button" ref={cancelRef} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
