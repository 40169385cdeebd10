import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { BaselineApp } from './baseline-app';
import { loadSavedPapers } from './load-saved-papers';
import './baseline.css';

const container = document.getElementById('root');
const datasetId = new URLSearchParams(window.location.search).get('dataset');

if (!container || !datasetId) {
  throw new Error('The baseline page needs an element with id "root" and a ?dataset= query parameter.');
}

const root = createRoot(container);
loadSavedPapers(datasetId).then(
  (papers) =>
    root.render(
      <StrictMode>
        <BaselineApp papers={papers} />
      </StrictMode>,
    ),
  (error: unknown) => {
    container.textContent = error instanceof Error ? error.message : String(error);
    console.error('[bench] Loading the saved papers failed.', error);
  },
);
