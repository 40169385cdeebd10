import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'pubscope.theme';
const THEMES: Theme[] = ['system', 'light', 'dark'];

function readStoredTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return THEMES.includes(stored as Theme) ? (stored as Theme) : 'system';
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): the system preference applies.
    return 'system';
  }
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the remembered theme; called before the first render so that a dark choice does not flash light. */
export function applyStoredTheme(): void {
  applyTheme(readStoredTheme());
}

/** A select for light, dark or the system's colour scheme, remembered in this browser. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(readStoredTheme);

  useEffect(() => {
    applyTheme(theme);
    try {
      window.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Not remembered across reloads when storage is unavailable; the choice still applies now.
    }
  }, [theme]);

  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
