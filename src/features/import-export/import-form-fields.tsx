import { useEffect, useId, useRef } from 'react';

import { FORMAT_LABELS } from '../../domain/importers/detect-format';
import { DEFAULT_IMPORT_LIMITS } from '../../domain/importers/import-outcome';
import type { FormatChoice } from '../../domain/importers/formats';
import type { Dataset, SourceFormat } from '../../domain/model';
import { describeAddTarget, type ImportTarget } from './build-imported-dataset';
import { describeFileSize, describeImportLimits } from './import-wording';

export interface ImportChoices {
  file: File | undefined;
  text: string;
  format: FormatChoice;
  target: ImportTarget;
}

interface ImportFormFieldsProps {
  choices: ImportChoices;
  onChange: (change: Partial<ImportChoices>) => void;
  activeDataset: Dataset | undefined;
}

const FORMAT_CHOICES = Object.entries(FORMAT_LABELS) as [SourceFormat, string][];
const ACCEPTED_EXTENSIONS = '.csv,.tsv,.bib,.bibtex,.json,.xml,.atom,.txt';

/** Shows a file that came from a drop in the file input too, where the browser allows setting its files. */
function useFileInputShowing(file: File | undefined) {
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (!file) {
      input.value = '';
      return;
    }
    if (input.files?.[0] === file || typeof DataTransfer === 'undefined') return;

    try {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
    } catch {
      // Some browsers do not let a page set an input's files, and the "Chosen file" line below still names it.
    }
  }, [file]);

  return inputRef;
}

/** Renders the fields of the import form: the source (file or pasted text), its format and where the papers go. */
export function ImportFormFields({ choices, onChange, activeDataset }: ImportFormFieldsProps) {
  const fileId = useId();
  const textId = useId();
  const formatId = useId();
  const targetName = useId();
  const fileInputRef = useFileInputShowing(choices.file);
  const { file, text, format, target } = choices;

  return (
    <>
      <div className="import-field">
        <label htmlFor={fileId}>Choose a file</label>
        <input
          id={fileId}
          ref={fileInputRef}
          type="file"
          accept={ACCEPTED_EXTENSIONS}
          data-autofocus
          onChange={(event) => onChange({ file: event.target.files?.[0] })}
        />
        {file && (
          <p className="import-chosen-file">
            <span>
              Chosen file: <strong>{file.name}</strong> ({describeFileSize(file.size)})
            </span>
            <button type="button" onClick={() => onChange({ file: undefined })}>
              Remove file
            </button>
          </p>
        )}
      </div>

      <div className="import-field">
        <label htmlFor={textId}>Or paste text</label>
        <textarea
          id={textId}
          rows={6}
          value={text}
          spellCheck={false}
          placeholder="CSV, BibTeX, Pubscope JSON, OpenAlex JSON, arXiv Atom or profile page text"
          onChange={(event) => onChange({ text: event.target.value })}
        />
        {file && text.trim() !== '' && (
          <p className="import-hint">A file is chosen, so the pasted text is ignored. Remove the file to import the text.</p>
        )}
      </div>

      <div className="import-field">
        <label htmlFor={formatId}>Format</label>
        <select id={formatId} value={format} onChange={(event) => onChange({ format: event.target.value as FormatChoice })}>
          <option value="auto">Auto-detect</option>
          {FORMAT_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="import-target">
        <legend>Import into</legend>
        <label>
          <input type="radio" name={targetName} value="new" checked={target === 'new'} onChange={() => onChange({ target: 'new' })} />
          Import as a new dataset
        </label>
        {activeDataset && (
          <label>
            <input type="radio" name={targetName} value="add" checked={target === 'add'} onChange={() => onChange({ target: 'add' })} />
            {describeAddTarget(activeDataset)}
          </label>
        )}
      </fieldset>

      <p className="import-hint">{describeImportLimits(DEFAULT_IMPORT_LIMITS)}</p>
    </>
  );
}
