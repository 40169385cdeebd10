import { lazy, Suspense } from 'react';

import { PanelErrorBoundary } from '../components/panel-error-boundary';
import { FiltersPanel } from '../features/filters/filters-panel';
import { PapersTable } from '../features/papers-table/papers-table';
import { ImportExportBar } from '../features/import-export/import-export-bar';
import { StorageNotices } from '../features/import-export/storage-notices';
import { ProfileHeader } from '../features/profile/profile-header';
import { SetAsidePanel } from '../features/set-aside/set-aside-panel';
import { CoauthorsPanel } from '../features/coauthors/coauthors-panel';
import { useViewUrlSync } from '../adapters/url/use-view-url-sync';
import { ThemeSwitch } from './theme-switch';
import { useQueryPreparation } from './use-query-preparation';

// The charts carry recharts, the largest dependency: they load after the table is on screen.
const ChartsPanel = lazy(() => import('../features/charts/charts-panel').then((module) => ({ default: module.ChartsPanel })));

interface AppProps {
  /** Reads everything in storage as JSON, for the notice about stored data that could not be read. */
  exportStoredData?: () => Promise<string>;
}

export function App({ exportStoredData }: AppProps = {}) {
  useViewUrlSync();
  useQueryPreparation();

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Pubscope</span>
        <PanelErrorBoundary panelName="import and export">
          <ImportExportBar />
        </PanelErrorBoundary>
        <ThemeSwitch />
      </header>
      <main className="app-main">
        <StorageNotices exportStoredData={exportStoredData} />
        <PanelErrorBoundary panelName="profile">
          <ProfileHeader />
        </PanelErrorBoundary>
        <PanelErrorBoundary panelName="set-aside papers">
          <SetAsidePanel />
        </PanelErrorBoundary>
        <div className="app-body">
          <aside className="app-sidebar" aria-label="Filters">
            <PanelErrorBoundary panelName="filters">
              <FiltersPanel />
            </PanelErrorBoundary>
          </aside>
          <div className="app-content">
            {/* The boundary also catches a charts file that fails to load, as after a redeploy under an open tab. */}
            <PanelErrorBoundary panelName="charts">
              <Suspense fallback={<p className="panel">Loading charts…</p>}>
                <ChartsPanel />
              </Suspense>
            </PanelErrorBoundary>
            <PanelErrorBoundary panelName="co-authors">
              <CoauthorsPanel />
            </PanelErrorBoundary>
            <PanelErrorBoundary panelName="paper table">
              <PapersTable />
            </PanelErrorBoundary>
          </div>
        </div>
      </main>
    </div>
  );
}
