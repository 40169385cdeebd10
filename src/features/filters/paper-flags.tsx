import { usePubscopeStore } from '../../store/pubscope-store';

export function PaperFlags() {
  const hasCode = usePubscopeStore((state) => state.view.filters.hasCode);
  const scoredOnly = usePubscopeStore((state) => state.view.filters.scoredOnly);
  const setHasCode = usePubscopeStore((state) => state.setHasCode);
  const setScoredOnly = usePubscopeStore((state) => state.setScoredOnly);

  return (
    <div className="filters-group filters-checks">
      <label className="filters-check">
        <input type="checkbox" checked={hasCode} onChange={(event) => setHasCode(event.target.checked)} />
        Has code
      </label>
      <label className="filters-check">
        <input type="checkbox" checked={scoredOnly} onChange={(event) => setScoredOnly(event.target.checked)} />
        Scored only
      </label>
    </div>
  );
}
