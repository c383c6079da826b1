/**
 * The preview page: a toolbar (open a workbook, the sample, language, theme), the active
 * in-memory sheet, and the real task pane beside it in a 340 px frame, as Excel docks it.
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  Subtitle2,
  ToggleButton,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowClockwise16Regular, ArrowSync16Regular, FolderOpen16Regular, WeatherMoon16Regular, WeatherSunny16Regular } from '@fluentui/react-icons';
import type { Language } from '../core/findings';
import { App } from '../taskpane/App';
import type { PreviewSession } from './session';
import { SheetView } from './SheetView';

const PANE_WIDTH = 340;

const TEXT: Record<Language, { title: string; open: string; sample: string; local: string; pane: string; reopen: string; language: string; dark: string; light: string; loadFailed: (m: string) => string }> = {
  ru: {
    title: 'Roadmap Checker — предпросмотр',
    open: 'Открыть книгу…',
    sample: 'Пример',
    local: 'Книга открывается в браузере и никуда не отправляется.',
    pane: 'Проверка дорожной карты',
    reopen: 'Закрыть панель и открыть снова (книга та же: что надстройка сохранила в ней, остаётся)',
    language: 'Язык Office',
    dark: 'Тёмная тема',
    light: 'Светлая тема',
    loadFailed: (m) => `Не удалось открыть книгу: ${m}`,
  },
  en: {
    title: 'Roadmap Checker — preview',
    open: 'Open workbook…',
    sample: 'Sample',
    local: 'The workbook is opened in the browser and sent nowhere.',
    pane: 'Roadmap check',
    reopen: 'Close the pane and open it again (the same workbook: what the add-in kept in it stays)',
    language: 'Office language',
    dark: 'Dark theme',
    light: 'Light theme',
    loadFailed: (m) => `Could not open the workbook: ${m}`,
  },
};

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: '#107C41',
    color: '#fff',
    flexWrap: 'wrap',
  },
  barTitle: { color: '#fff' },
  file: { color: '#ffffff', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '28ch' },
  barSpacer: { flexGrow: 1 },
  barButton: { color: '#fff', ':hover': { color: '#fff', backgroundColor: 'rgba(255,255,255,0.15)' }, ':hover:active': { color: '#fff', backgroundColor: 'rgba(255,255,255,0.25)' } },
  hiddenInput: { display: 'none' },
  lang: { display: 'flex', gap: '2px', padding: '2px', backgroundColor: '#ffffff', borderRadius: tokens.borderRadiusMedium },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  frame: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  frameTitle: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  frameBody: { flexGrow: 1, minHeight: 0 },
  error: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
});

export interface PreviewAppProps {
  session: PreviewSession;
  dark: boolean;
  onOpenFile(file: File): void;
  onSample(): void;
  onLanguage(language: Language): void;
  onTheme(dark: boolean): void;
  error: string | null;
}

export function PreviewApp({ session, dark, onOpenFile, onSample, onLanguage, onTheme, error }: PreviewAppProps): React.JSX.Element {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const text = TEXT[session.language];
  // Closing the pane and opening it again, as in Excel: a new pane on the same workbook and its settings.
  const [openings, setOpenings] = React.useState(0);
  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang={session.language}>
      <header className={styles.bar}>
        <Subtitle2 className={styles.barTitle}>{text.title}</Subtitle2>
        <Caption1 className={styles.file} data-testid="file-name" title={session.fileName}>
          {session.fileName}
        </Caption1>
        <span className={styles.barSpacer} />
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,.xlsm,.xls,.csv"
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onOpenFile(file);
            e.target.value = '';
          }}
        />
        <Button appearance="transparent" className={styles.barButton} icon={<FolderOpen16Regular />} title={text.local} onClick={() => fileInput.current?.click()}>
          {text.open}
        </Button>
        <Button appearance="transparent" className={styles.barButton} icon={<ArrowSync16Regular />} onClick={onSample} data-testid="load-sample">
          {text.sample}
        </Button>
        <Button
          appearance="transparent"
          className={styles.barButton}
          icon={dark ? <WeatherSunny16Regular /> : <WeatherMoon16Regular />}
          aria-label={dark ? text.light : text.dark}
          title={dark ? text.light : text.dark}
          onClick={() => onTheme(!dark)}
          data-testid="theme-toggle"
        />
        <div className={styles.lang} role="group" aria-label={text.language}>
          {(['ru', 'en'] as const).map((language) => (
            <ToggleButton
              key={language}
              size="small"
              appearance="subtle"
              checked={session.language === language}
              onClick={() => onLanguage(language)}
              data-testid={`lang-${language}`}
            >
              {language.toUpperCase()}
            </ToggleButton>
          ))}
        </div>
      </header>
      {error && (
        <div className={styles.error} role="alert" data-testid="preview-error">
          {text.loadFailed(error)}
        </div>
      )}
      <div className={styles.main}>
        <div className={styles.sheet}>
          <SheetView host={session.host} language={session.language} />
        </div>
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={mergeClasses(styles.frame)} data-testid="pane-frame">
          <div className={styles.frameTitle}>
            <Subtitle2>{text.pane}</Subtitle2>
            <Button appearance="subtle" size="small" icon={<ArrowClockwise16Regular />} aria-label={text.reopen} title={text.reopen} onClick={() => setOpenings((n) => n + 1)} data-testid="reopen-pane" />
          </div>
          <div className={styles.frameBody}>
            <App key={`${session.id}-${openings}`} port={session.port} language={session.language} dark={dark} />
          </div>
        </FluentProvider>
      </div>
    </FluentProvider>
  );
}
