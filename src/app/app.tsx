import { lazy, Suspense } from 'react';

import { PanelErrorBoundary } from '../components/panel-error-boundary';
import { FiltersPanel } from '../features/filters/filters-panel';
import { PapersTable } from '../features/papers-table/papers-table';
import { ProfileHeader } from '../features/profile/profile-header';
import { useViewUrlSync } from '../adapters/url/use-view-url-sync';
import { ThemeSwitch } from './theme-switch';

// The charts carry recharts, the largest dependency: they load after the table is on screen.
const ChartsPanel = lazy(() => import('../features/charts/charts-panel').then((module) => ({ default: module.ChartsPanel })));

export function App() {
  useViewUrlSync();

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Pubscope</span>
        <ThemeSwitch />
      </header>
      <main className="app-main">
        <PanelErrorBoundary panelName="profile">
          <ProfileHeader />
        </PanelErrorBoundary>
        <div className="app-body">
          <aside className="app-sidebar" aria-label="Filters">
            <PanelErrorBoundary panelName="filters">
              <FiltersPanel />
            </PanelErrorBoundary>
          </aside>
          <div className="app-content">
            <Suspense fallback={<p className="panel">Loading charts…</p>}>
              <ChartsPanel />
            </Suspense>
            <PanelErrorBoundary panelName="paper table">
              <PapersTable />
            </PanelErrorBoundary>
          </div>
        </div>
      </main>
    </div>
  );
}
