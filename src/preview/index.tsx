/**
 * The preview's entry. It opens the sample roadmap (or a workbook the user picks, read in the
 * browser with readWorkbook) in the in-memory Excel, behind Microsoft's runtime that preview.html
 * loads, and mounts the same <App> as the add-in beside an HTML rendering of the active sheet.
 * Query string: ?lang=en (Office's display language; ru by default), ?theme=dark.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Language } from '../core/findings';
import type { Grid } from '../core/grid';
import { readWorkbook } from '../workbook/read-workbook';
import { readErrorMessage, WorkbookReadError } from '../workbook/read-errors';
import { demoWorkbook } from './demo-workbook';
import { PreviewApp } from './PreviewApp';
import { openSession, type PreviewSession } from './session';

const SAMPLE_URL = 'sample-roadmap.xlsx';

interface Loaded {
  grids: Grid[];
  fileName: string;
}

/** The sample roadmap from the preview's own origin, or the built-in demo sheet when it is not there. */
async function loadSample(): Promise<Loaded> {
  try {
    const response = await fetch(SAMPLE_URL, { cache: 'no-store' });
    if (response.ok) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { grids: readWorkbook(bytes, SAMPLE_URL).sheets, fileName: SAMPLE_URL };
    }
  } catch {
    // No sample next to the page: fall through to the demo sheet.
  }
  return { grids: demoWorkbook(), fileName: 'demo.xlsx' };
}

function setQuery(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}

function Root({ initial, dark: initialDark }: { initial: PreviewSession; dark: boolean }): React.JSX.Element {
  const [session, setSession] = React.useState(initial);
  const [dark, setDark] = React.useState(initialDark);
  const [error, setError] = React.useState<string | null>(null);

  const open = (loaded: Loaded, language: Language): void => {
    setError(null);
    setSession(openSession(loaded.grids, loaded.fileName, language, dark));
  };

  return (
    <PreviewApp
      session={session}
      dark={dark}
      error={error}
      onOpenFile={(file) => {
        void file
          .arrayBuffer()
          .then((buffer) => open({ grids: readWorkbook(new Uint8Array(buffer), file.name).sheets, fileName: file.name }, session.language))
          .catch((e: unknown) => setError(e instanceof WorkbookReadError ? readErrorMessage(e.code, session.language) : String((e as Error)?.message ?? e)));
      }}
      onSample={() => void loadSample().then((loaded) => open(loaded, session.language))}
      // The same workbook and the same pane, told the new language or theme as Office would: the
      // findings, the place in the list and the highlights stay (the pane checks again in the language).
      onLanguage={(language) => {
        if (language === session.language) return;
        setQuery('lang', language === 'en' ? 'en' : null);
        document.documentElement.lang = language;
        setSession({ ...session, language });
      }}
      onTheme={(next) => {
        setQuery('theme', next ? 'dark' : null);
        setDark(next);
      }}
    />
  );
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const language: Language = params.get('lang') === 'en' ? 'en' : 'ru';
  const dark = params.get('theme') === 'dark';
  document.documentElement.lang = language;
  const sample = await loadSample();
  const session = openSession(sample.grids, sample.fileName, language, dark);
  const container = document.getElementById('root');
  if (!container) throw new Error('preview.html has no #root');
  createRoot(container).render(<Root initial={session} dark={dark} />);
}

void main();
