import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { loadDefaultDataset } from './data/default-dataset';
import { usePubscopeStore } from './store/pubscope-store';
import './app/styles.css';

usePubscopeStore.getState().addDataset(loadDefaultDataset());

const container = document.getElementById('root');
if (!container) throw new Error('Pubscope needs an element with id "root" in index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
