/**
 * The task pane: a FluentProvider (light or dark from Office's theme) around the pane, with a
 * PaneStore that talks to Excel through the WorkbookPort only.
 */
import * as React from 'react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../core/findings';
import { checkSheet } from '../core/check';
import type { WorkbookPort } from '../excel/workbook-port';
import { strings } from './i18n';
import { readOfficeEnvironment } from './office-env';
import { PaneStore, type Checker } from './state/pane-store';
import { Pane } from './components/Pane';

export interface AppProps {
  port: WorkbookPort;
  /** Defaults to Office's display language (ru for ru-*, else en). */
  language?: Language;
  /** Defaults to Office's theme. */
  dark?: boolean;
  /** The engine; tests pass their own. */
  check?: Checker;
}

const defaultCheck: Checker = (grid, options) => checkSheet(grid, options);

export function App({ port, language, dark, check = defaultCheck }: AppProps): React.JSX.Element {
  const env = React.useMemo(() => readOfficeEnvironment(), []);
  const lang = language ?? env.language;
  const store = React.useMemo(() => new PaneStore({ port, language: lang, check }), [port, lang, check]);
  React.useEffect(() => store.start(), [store]);
  const state = React.useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const t = strings(lang);
  return (
    <FluentProvider theme={(dark ?? env.dark) ? webDarkTheme : webLightTheme} lang={lang} style={{ height: '100%' }}>
      <Pane store={store} state={state} t={t} />
    </FluentProvider>
  );
}
