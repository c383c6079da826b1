/**
 * The task pane: a FluentProvider (light or dark from Office's theme) around the shell, with the
 * stores that talk to Excel through the WorkbookPort only — the check (PaneStore), the profile in
 * force and «Новый план» (ProfileStore), consolidation (ConsolidationStore).
 */
import * as React from 'react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../core/findings';
import { checkSheet } from '../core/check';
import type { WorkbookPort } from '../excel/workbook-port';
import { strings } from './i18n';
import { readOfficeEnvironment } from './office-env';
import { AddinSheets } from './state/addin-sheets';
import { ConsolidationStore, type WorkbookReader } from './state/consolidation-store';
import { PaneStore, type Checker } from './state/pane-store';
import { ProfileStore } from './state/profile-store';
import { Shell, type PaneTab } from './components/Shell';

export interface AppProps {
  port: WorkbookPort;
  /** Defaults to Office's display language (ru for ru-*, else en). */
  language?: Language;
  /** Defaults to Office's theme. */
  dark?: boolean;
  /** The engine; tests pass their own. */
  check?: Checker;
  /** The workbook reader for consolidation; SheetJS, loaded on first use, by default. */
  read?: WorkbookReader;
  initialTab?: PaneTab;
  /**
   * Stores made by the page instead of by the App: the web app keeps a check per open file and
   * one profile and consolidation for all of them. The App makes its own when absent.
   */
  stores?: PaneStores;
}

const defaultCheck: Checker = (grid, options) => checkSheet(grid, options);

export interface PaneStores {
  pane: PaneStore;
  profile: ProfileStore;
  consolidation: ConsolidationStore;
}

function createStores(port: WorkbookPort, language: Language, check: Checker, read: WorkbookReader | undefined): PaneStores {
  const addinSheets = new AddinSheets();
  let pane: PaneStore | null = null;
  const profile = new ProfileStore({ port, language, onChange: () => void pane?.refresh() });
  pane = new PaneStore({ port, language, check, profile: profile.profile, addinSheets });
  const consolidation = new ConsolidationStore({ port, language, profile: profile.profile, addinSheets, read });
  return { pane, profile, consolidation };
}

export function App({ port, language, dark, check = defaultCheck, read, initialTab, stores: given }: AppProps): React.JSX.Element {
  const env = React.useMemo(() => readOfficeEnvironment(), []);
  const lang = language ?? env.language;
  // The stores live as long as the port: another language (the preview switches it) keeps the
  // findings, the place in the list and the consolidation; the stores speak it from then on.
  const firstLanguage = React.useRef(lang);
  const stores = React.useMemo(() => given ?? createStores(port, firstLanguage.current, check, read), [given, port, check, read]);
  React.useEffect(() => {
    const stop = stores.pane.start();
    void stores.profile.start();
    return stop;
  }, [stores]);
  React.useEffect(() => {
    void stores.pane.setLanguage(lang);
    stores.profile.setLanguage(lang);
    stores.consolidation.setLanguage(lang);
  }, [stores, lang]);
  const pane = React.useSyncExternalStore(stores.pane.subscribe, stores.pane.getState, stores.pane.getState);
  const profile = React.useSyncExternalStore(stores.profile.subscribe, stores.profile.getState, stores.profile.getState);
  const consolidation = React.useSyncExternalStore(stores.consolidation.subscribe, stores.consolidation.getState, stores.consolidation.getState);
  const t = strings(lang);
  return (
    <FluentProvider theme={(dark ?? env.dark) ? webDarkTheme : webLightTheme} lang={lang} style={{ height: '100%' }}>
      <Shell
        t={t}
        initialTab={initialTab}
        pane={{ store: stores.pane, state: pane }}
        profile={{ store: stores.profile, state: profile }}
        consolidation={{ store: stores.consolidation, state: consolidation }}
      />
    </FluentProvider>
  );
}
