/**
 * The web app's page: a bar (open files, theme, language), the open files, the file in view as
 * a grid (the preview's SheetView, read-only) with «Скачать с замечаниями», and the task pane
 * itself beside it — its three tabs on the file in view — with «Скачать свод» over it once a
 * consolidation is made. Files can be dropped anywhere on the page. Thin: the Workspace decides.
 */
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title3,
  ToggleButton,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  ArrowDownload16Regular,
  ArrowDownload20Regular,
  ArrowUpload24Regular,
  Dismiss16Regular,
  DocumentTable20Regular,
  FolderOpen20Regular,
  ShieldCheckmark16Regular,
  WeatherMoon20Regular,
  WeatherSunny20Regular,
} from '@fluentui/react-icons';
import type { Language } from '../core/findings';
import { SheetView } from '../preview/SheetView';
import { App } from '../taskpane/App';
import type { OfflineStatus } from './offline';
import { ACCEPTED, appStrings, convertsToXlsx, type AppStrings } from './strings';
import type { Notice, OpenFile, Workspace } from './workspace';

const PANE_WIDTH = 360;
const BRAND = '#107C41';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: BRAND,
    color: '#fff',
    flexWrap: 'wrap',
    flexShrink: 0,
  },
  logo: { width: '24px', height: '24px', flexShrink: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, color: '#fff' },
  spacer: { flexGrow: 1 },
  barButton: { color: '#fff', ':hover': { color: '#fff', backgroundColor: 'rgba(255,255,255,0.15)' }, ':hover:active': { color: '#fff', backgroundColor: 'rgba(255,255,255,0.25)' } },
  lang: { display: 'flex', gap: '2px', padding: '2px', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  hidden: { display: 'none' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  files: {
    width: '220px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowY: 'auto',
  },
  filesHead: { margin: `0 ${tokens.spacingHorizontalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fileList: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  fileItem: { display: 'flex', alignItems: 'flex-start', borderRadius: tokens.borderRadiusMedium, ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  fileItemOn: { backgroundColor: tokens.colorNeutralBackground1Selected, boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  fileButton: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  fileIcon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: '2px' },
  fileText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  fileName: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300 },
  fileStatus: { color: tokens.colorNeutralForeground2 },
  failedStatus: { color: tokens.colorPaletteRedForeground1 },
  main: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1 },
  fileBar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fileBarText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '200px', gap: '2px' },
  fileTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2 },
  notice: { flexShrink: 0, margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  sheet: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  center: { flexGrow: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: tokens.spacingHorizontalXL },
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
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  frameHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  frameBody: { flexGrow: 1, minHeight: 0 },
  welcome: {
    maxWidth: '640px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'center',
    alignItems: 'center',
  },
  welcomeIcon: { color: tokens.colorBrandForeground1, width: '40px', height: '40px' },
  welcomeTitle: { margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', justifyContent: 'center' },
  privacy: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  drop: {
    position: 'fixed',
    inset: 0,
    zIndex: 100,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(16,124,65,0.12)',
    border: `3px dashed ${BRAND}`,
    pointerEvents: 'none',
  },
  dropText: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow16 },
  status: { flexShrink: 0 },
});

export interface WebAppProps {
  workspace: Workspace;
  language: Language;
  dark: boolean;
  offline: OfflineStatus | null;
  onLanguage(language: Language): void;
  onTheme(dark: boolean): void;
  onUpdate(): void;
  /** Opens the sample roadmap served beside the page; absent where it cannot be fetched (file://). */
  onSample?: () => void;
}

function useStore<S>(store: { subscribe(listener: () => void): () => void; getState(): S } | null | undefined): S | null {
  const subscribe = React.useCallback((listener: () => void) => (store ? store.subscribe(listener) : () => undefined), [store]);
  const get = React.useCallback(() => (store ? store.getState() : null), [store]);
  return React.useSyncExternalStore(subscribe, get, get);
}

export function WebApp({ workspace, language, dark, offline, onLanguage, onTheme, onUpdate, onSample }: WebAppProps): React.JSX.Element {
  const styles = useStyles();
  const t = appStrings(language);
  const state = useStore(workspace)!;
  const consolidation = useStore(workspace.consolidation)!;
  const active = React.useMemo(() => workspace.activeSession(), [workspace, state]);
  const pane = useStore(active?.stores.pane);
  const picker = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const activeFile = state.files.find((f) => f.id === state.activeId) ?? null;

  React.useEffect(() => {
    // The host in view, for devtools and the e2e test, as the preview exposes its own.
    (window as unknown as { __memoryHost?: unknown }).__memoryHost = active?.host;
  }, [active?.host]);

  const pick = (): void => picker.current?.click();
  const hasFiles = (e: React.DragEvent): boolean => Array.from(e.dataTransfer.types).includes('Files');

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      className={styles.page}
      lang={language}
      data-testid="webapp"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.relatedTarget || !e.currentTarget.contains(e.relatedTarget as Node)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        void workspace.addFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <header className={styles.bar}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <h1 className={styles.title}>{t.title}</h1>
        <span className={styles.spacer} />
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPTED}
          data-testid="open-files"
          aria-hidden
          tabIndex={-1}
          onChange={(e) => {
            void workspace.addFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <Button appearance="transparent" className={styles.barButton} icon={<FolderOpen20Regular />} title={t.openHint} onClick={pick} data-testid="open-button">
          {t.open}
        </Button>
        <Button
          appearance="transparent"
          className={styles.barButton}
          icon={dark ? <WeatherSunny20Regular /> : <WeatherMoon20Regular />}
          aria-label={dark ? t.light : t.dark}
          title={dark ? t.light : t.dark}
          onClick={() => onTheme(!dark)}
          data-testid="theme-toggle"
        />
        <div className={styles.lang} role="group" aria-label={t.language}>
          {(['ru', 'en'] as const).map((l) => (
            <ToggleButton key={l} size="small" appearance="subtle" checked={language === l} onClick={() => onLanguage(l)} data-testid={`lang-${l}`}>
              {l.toUpperCase()}
            </ToggleButton>
          ))}
        </div>
      </header>
      {offline === 'update' && (
        <MessageBar intent="info" className={styles.status} data-testid="update-ready">
          <MessageBarBody>{t.updateReady}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onUpdate}>
              {t.update}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.files.length === 0 ? (
        <main className={styles.center}>
          <Welcome t={t} offline={offline} onPick={pick} onSample={onSample} />
        </main>
      ) : (
        <div className={styles.body}>
          <FileList files={state.files} activeId={state.activeId} t={t} onSelect={(id) => void workspace.select(id)} onClose={(id) => void workspace.remove(id)} onPick={pick} />
          <main className={styles.main} aria-label={activeFile ? t.sheetOf(activeFile.name) : undefined}>
            {activeFile && (
              <div className={styles.fileBar}>
                <div className={styles.fileBarText}>
                  <h2 className={styles.fileTitle} data-testid="file-name">
                    {activeFile.name}
                  </h2>
                  {active && <Caption1 className={styles.hint} data-testid="download-scope">{downloadScope(workspace, t, pane !== null)}</Caption1>}
                  {active && convertsToXlsx(activeFile.name) && (
                    <Caption1 className={styles.hint} data-testid="download-converted">
                      {t.downloadConverted}
                    </Caption1>
                  )}
                </div>
                {active && (
                  <Button
                    appearance="primary"
                    icon={state.busy === 'download' ? <Spinner size="extra-tiny" appearance="inverted" /> : <ArrowDownload20Regular />}
                    disabled={!pane?.scope || state.busy !== null || pane.busy !== null}
                    title={t.downloadHint}
                    onClick={() => void workspace.downloadAnnotated()}
                    data-testid="download-annotated"
                  >
                    {t.download}
                  </Button>
                )}
              </div>
            )}
            {state.notice && <NoticeBar notice={state.notice} t={t} language={language} onDismiss={() => workspace.dismissNotice()} />}
            <div className={styles.sheet}>
              {active ? (
                <SheetView key={active.file.id} host={active.host} language={language} readOnly />
              ) : activeFile?.status === 'failed' ? (
                <MessageBar intent="error" layout="multiline" className={styles.notice} data-testid="read-failed">
                  <MessageBarBody>{t.readFailed(activeFile.name, activeFile.failure?.[language] ?? '')}</MessageBarBody>
                </MessageBar>
              ) : (
                <div className={styles.center}>
                  <Spinner label={t.fileStatus('reading', 0)} />
                </div>
              )}
            </div>
          </main>
          {active && (
            <aside className={styles.frame} aria-label={t.pane} data-testid="pane-frame">
              <div className={styles.frameTitle}>
                <h2 className={styles.frameHeading}>{t.pane}</h2>
                {consolidation.result && (
                  <Button
                    size="small"
                    icon={<ArrowDownload16Regular />}
                    title={t.summaryHint}
                    disabled={state.busy !== null || consolidation.busy !== null}
                    onClick={() => void workspace.downloadSummary()}
                    data-testid="download-summary"
                  >
                    {t.summary}
                  </Button>
                )}
              </div>
              <div className={styles.frameBody}>
                <App port={active.port} stores={active.stores} language={language} dark={dark} />
              </div>
            </aside>
          )}
        </div>
      )}
      {dragging && (
        <div className={styles.drop} aria-hidden>
          <Subtitle2 className={styles.dropText}>{t.dropHere}</Subtitle2>
        </div>
      )}
    </FluentProvider>
  );
}

function downloadScope(workspace: Workspace, t: AppStrings, ready: boolean): string {
  const taken = ready ? workspace.annotatedFindings() : null;
  if (!taken) return t.downloadFirstCheck;
  return taken.scope === 'sheet' && taken.sheet !== null ? t.downloadScopeSheet(taken.sheet) : t.downloadScopeWorkbook(taken.findings.length);
}

function Welcome({ t, offline, onPick, onSample }: { t: AppStrings; offline: OfflineStatus | null; onPick(): void; onSample?: () => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.welcome} data-testid="welcome" aria-labelledby="welcome-title">
      <ArrowUpload24Regular className={styles.welcomeIcon} aria-hidden />
      <Title3 as="h2" id="welcome-title" className={styles.welcomeTitle}>
        {t.welcomeTitle}
      </Title3>
      <Body1>{t.welcomeText}</Body1>
      <Caption1 className={styles.hint}>{t.welcomeFormats}</Caption1>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<FolderOpen20Regular />} onClick={onPick} data-testid="welcome-open">
          {t.open}
        </Button>
        {onSample && (
          <Button onClick={onSample} data-testid="open-sample">
            {t.sample}
          </Button>
        )}
      </div>
      <Caption1 className={styles.privacy}>
        <ShieldCheckmark16Regular aria-hidden />
        {t.privacy}
      </Caption1>
      {(offline === 'ready' || offline === 'file') && (
        <Caption1 className={styles.hint} data-testid="offline-status" data-status={offline}>
          {offline === 'ready' ? t.offlineReady : t.offlineFile}
        </Caption1>
      )}
    </section>
  );
}

interface FileListProps {
  files: OpenFile[];
  activeId: string | null;
  t: AppStrings;
  onSelect(id: string): void;
  onClose(id: string): void;
  onPick(): void;
}

function FileList({ files, activeId, t, onSelect, onClose, onPick }: FileListProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <nav className={styles.files} aria-labelledby="files-title" data-testid="file-list">
      <h2 id="files-title" className={styles.filesHead}>
        {t.files}
      </h2>
      <ul className={styles.fileList}>
        {files.map((f) => {
          const on = f.id === activeId;
          return (
            <li key={f.id} className={mergeClasses(styles.fileItem, on && styles.fileItemOn)} data-testid="file-item" data-name={f.name} data-status={f.status}>
              <button type="button" className={styles.fileButton} aria-current={on ? 'true' : undefined} onClick={() => onSelect(f.id)}>
                <DocumentTable20Regular className={styles.fileIcon} aria-hidden />
                <span className={styles.fileText}>
                  <span className={styles.fileName}>{f.name}</span>
                  <Caption1 className={f.status === 'failed' ? styles.failedStatus : styles.fileStatus}>
                    {t.fileStatus(f.status, f.sheetNames.length)}
                    {convertsToXlsx(f.name) ? ` · ${t.toXlsx}` : ''}
                  </Caption1>
                </span>
              </button>
              <Button appearance="subtle" size="small" icon={<Dismiss16Regular />} aria-label={t.closeFile(f.name)} title={t.closeFile(f.name)} onClick={() => onClose(f.id)} data-testid="close-file" />
            </li>
          );
        })}
      </ul>
      <Button size="small" icon={<FolderOpen20Regular />} onClick={onPick}>
        {t.open}
      </Button>
    </nav>
  );
}

function NoticeBar({ notice, t, language, onDismiss }: { notice: Notice; t: AppStrings; language: Language; onDismiss(): void }): React.JSX.Element {
  const styles = useStyles();
  const dismiss = <Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={onDismiss} />;
  const text =
    notice.kind === 'annotated'
      ? t.downloaded(notice.fileName, notice.findings, notice.markedCells, notice.reportSheet)
      : notice.kind === 'summary'
        ? t.summaryDownloaded(notice.fileName)
        : t.failed(notice.message[language]);
  const converted = notice.kind === 'annotated' ? notice.converted : null;
  return (
    <MessageBar intent={notice.kind === 'failed' ? 'error' : converted ? 'warning' : 'success'} layout="multiline" className={styles.notice} data-testid="download-notice" data-kind={notice.kind}>
      <MessageBarBody>
        {text}
        {converted && (
          <>
            {' '}
            <span data-testid="converted-note">{converted[language]}</span>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={dismiss} />
    </MessageBar>
  );
}
