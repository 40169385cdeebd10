import { useId, type Ref } from 'react';

import { usePubscopeStore } from '../../store/pubscope-store';

interface SearchBoxProps {
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ inputRef }: SearchBoxProps) {
  const search = usePubscopeStore((state) => state.view.filters.search);
  const setSearch = usePubscopeStore((state) => state.setSearch);
  const inputId = useId();

  return (
    <div className="filters-field">
      <label htmlFor={inputId}>Search papers</label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        value={search}
        placeholder="Title, author or abstract"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setSearch(event.target.value)}
      />
    </div>
  );
}
