import { PaperList } from '../features/papers-table/paper-list';
import { ProfileHeader } from '../features/profile/profile-header';

export function App() {
  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Pubscope</span>
      </header>
      <main className="app-main">
        <ProfileHeader />
        <PaperList />
      </main>
    </div>
  );
}
