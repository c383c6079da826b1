/**
 * The web app's entry (dist/index.html + webapp.js): the Workspace with each file's in-memory
 * Excel on Microsoft's runtime (loaded with the first file), the page, and the service worker.
 * Language: ?lang=en, else the last one chosen, else Russian; theme: ?theme=dark, else the last
 * one chosen, else the system's.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Language } from '../core/findings';
import { openSession } from '../preview/session';
import { loadExcelRuntime } from './excel-runtime';
import { registerOffline, type Offline, type OfflineStatus } from './offline';
import { saveFile } from './save-file';
import { appStrings } from './strings';
import { WebApp } from './WebApp';
import { Workspace } from './workspace';

const SAMPLE = 'sample-roadmap.xlsx';
const STORAGE = { language: 'roadmap-checker.language', theme: 'roadmap-checker.theme' };

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (a private window, a file:// page in some browsers): the choice lasts this visit.
  }
}

function setQuery(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}

function Root({ workspace, initial }: { workspace: Workspace; initial: { language: Language; dark: boolean } }): React.JSX.Element {
  const [language, setLanguage] = React.useState(initial.language);
  const [dark, setDark] = React.useState(initial.dark);
  const [offline, setOffline] = React.useState<OfflineStatus | null>(null);
  const control = React.useRef<Offline | null>(null);
  React.useEffect(() => {
    control.current = registerOffline(setOffline);
  }, []);
  React.useEffect(() => {
    document.documentElement.lang = language;
    document.title = appStrings(language).title;
    workspace.setLanguage(language);
  }, [workspace, language]);
  const canFetch = window.location.protocol !== 'file:';
  return (
    <WebApp
      workspace={workspace}
      language={language}
      dark={dark}
      offline={offline}
      onLanguage={(next) => {
        setQuery('lang', next === 'en' ? 'en' : null);
        store(STORAGE.language, next);
        setLanguage(next);
      }}
      onTheme={(next) => {
        setQuery('theme', next ? 'dark' : null);
        store(STORAGE.theme, next ? 'dark' : 'light');
        setDark(next);
      }}
      onUpdate={() => control.current?.update()}
      onSample={
        canFetch
          ? () =>
              void fetch(SAMPLE)
                .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`${SAMPLE}: ${response.status}`))))
                .then((buffer) => workspace.addFiles([new File([buffer], SAMPLE)]))
                .catch(() => undefined)
          : undefined
      }
    />
  );
}

function main(): void {
  const params = new URLSearchParams(window.location.search);
  const language: Language = (params.get('lang') ?? stored(STORAGE.language)) === 'en' ? 'en' : 'ru';
  const theme = params.get('theme') ?? stored(STORAGE.theme);
  const dark = theme ? theme === 'dark' : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  const workspace = new Workspace({
    language,
    save: saveFile,
    openHost: async (grids, fileName) => {
      await loadExcelRuntime();
      const session = openSession(grids, fileName, language, dark);
      return { host: session.host, port: session.port };
    },
  });
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(<Root workspace={workspace} initial={{ language, dark }} />);
}

main();
