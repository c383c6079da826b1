/**
 * The pane's layout: actions on top; the messages, the verdict with the severity filter and the
 * stepper over the current finding, which stay put; the grouped list, which alone scrolls; a
 * footer with live re-check. Thin: every decision is in the store.
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Switch,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwise16Regular,
  Dismiss16Regular,
  DocumentBulletList20Regular,
  Highlight20Regular,
  HighlightFilled,
  TableSearch20Regular,
  Table20Regular,
  TableSettings20Regular,
} from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { PaneState, PaneStore } from '../state/pane-store';
import { activeFindings, groupFindings, ignoredCount, severityCounts, visibleFindings } from '../state/findings-view';
import { stepKey } from '../state/list-keys';
import { positionOf } from '../state/navigation';
import { Summary } from './Summary';
import { Stepper } from './Stepper';
import { FindingList } from './FindingList';
import { Intro } from './Intro';

/** «Столбцы» is loaded when it is first opened: the columns recognised are right for most plans. */
const ColumnsControl = React.lazy(() => import('./ColumnsControl.js').then((m) => ({ default: m.ColumnsControl })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: 0 },
  tools: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  // The verdict, the messages and the stepper stand still above the list: «Далее» never moves
  // while the list scrolls under it (only the list scrolls).
  fixed: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    flexShrink: 0,
    maxHeight: '70%',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
  bar: { flexShrink: 0 },
  footer: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
  footerRight: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
});

export interface PaneProps {
  store: PaneStore;
  state: PaneState;
  t: Strings;
}

export function Pane({ store, state, t }: PaneProps): React.JSX.Element {
  const styles = useStyles();
  const checking = state.busy === 'check';
  const checked = state.scope !== null;
  // «Столбцы» after a check of one roadmap sheet: its columns, and the user's own choice of them.
  const [columnsOpen, setColumnsOpen] = React.useState(false);
  const sheetReport = state.scope === 'sheet' && state.reports.length === 1 && state.reports[0].kind === 'roadmap' ? state.reports[0] : null;

  const view = React.useMemo(() => {
    const active = activeFindings(state.findings, state.filter);
    const visible = visibleFindings(state.findings, state.filter, state.showIgnored);
    return {
      active,
      visible,
      groups: groupFindings(visible),
      counts: severityCounts(state.findings),
      ignored: ignoredCount(state.findings),
      position: positionOf(active, state.place.uid),
      current: state.findings.find((v) => v.uid === state.place.uid) ?? null,
    };
  }, [state.findings, state.filter, state.showIgnored, state.place.uid]);

  // F8 / Shift+F8 step from anywhere in the pane (but a text field), as «next problem» does in editors.
  const root = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const direction = stepKey(event.key, { shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey, alt: event.altKey });
      if (!direction) return;
      const target = event.target as HTMLElement | null;
      const inPane = !target || target === document.body || !!root.current?.contains(target);
      if (!inPane || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      void (direction === 1 ? store.next() : store.prev());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className={styles.root} ref={root} data-testid="pane">
      <div className={styles.top}>
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={checking ? <Spinner size="extra-tiny" appearance="inverted" /> : <TableSearch20Regular />}
            disabledFocusable={checking}
            onClick={() => void store.checkActiveSheet()}
            className={styles.grow}
            title={t.checkSheetHint}
            data-testid="check-sheet"
          >
            {t.checkSheet}
          </Button>
          <Button icon={<Table20Regular />} disabledFocusable={checking} onClick={() => void store.checkWorkbook()} title={t.checkWorkbookHint} data-testid="check-workbook">
            {t.checkWorkbook}
          </Button>
        </div>
        {checked && (
          <div className={styles.tools}>
            {state.highlighted ? (
              <Button
                size="small"
                appearance="subtle"
                icon={<HighlightFilled />}
                disabled={state.busy === 'highlight'}
                onClick={() => void store.clearHighlight()}
                data-testid="clear-highlight"
              >
                {t.clearHighlight}
              </Button>
            ) : (
              <Button
                size="small"
                appearance="subtle"
                icon={<Highlight20Regular />}
                disabled={state.busy === 'highlight' || view.active.length === 0}
                onClick={() => void store.highlight()}
                title={t.highlightHint}
                data-testid="highlight"
              >
                {t.highlight}
              </Button>
            )}
            {sheetReport && (
              <Button
                size="small"
                appearance={columnsOpen ? 'secondary' : 'subtle'}
                icon={<TableSettings20Regular />}
                aria-expanded={columnsOpen}
                onClick={() => setColumnsOpen(!columnsOpen)}
                title={t.columnsHint}
                data-testid="columns"
              >
                {t.columns}
              </Button>
            )}
            <Button
              size="small"
              appearance="subtle"
              icon={state.busy === 'report' ? <Spinner size="extra-tiny" /> : <DocumentBulletList20Regular />}
              disabled={state.busy === 'report'}
              onClick={() => void store.writeReport()}
              title={t.reportHint}
              data-testid="write-report"
            >
              {t.report}
            </Button>
          </div>
        )}
      </div>

      <div className={styles.fixed}>
        {state.error && (
          <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="error">
            <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => store.dismissError()} />}
            />
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success" layout="multiline" className={styles.bar} data-testid="notice">
            <MessageBarBody>{t.reportWritten(state.notice.sheet)}</MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => store.dismissNotice()} />}
            />
          </MessageBar>
        )}
        {state.stale && !state.live && (
          <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="stale">
            <MessageBarBody>{t.stale}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                icon={<ArrowClockwise16Regular />}
                onClick={() => void (state.scope === 'workbook' ? store.checkWorkbook() : store.checkActiveSheet())}
                data-testid="recheck"
              >
                {t.recheck}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {checked && <Summary store={store} state={state} t={t} counts={view.counts} ignored={view.ignored} />}
        {sheetReport && columnsOpen && (
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <ColumnsControl store={store} t={t} report={sheetReport} own={state.columns[sheetReport.name] ?? {}} />
          </React.Suspense>
        )}
        {checked && view.active.length > 0 && (
          <Stepper store={store} t={t} current={view.current} position={view.position} total={view.active.length} scope={state.scope} />
        )}
      </div>

      <div className={styles.body} data-testid="list-scroller">
        {!checked ? (
          <Intro t={t} />
        ) : (
          <FindingList store={store} t={t} groups={view.groups} currentUid={state.place.uid} scope={state.scope} emptyText={state.findings.length === 0 ? t.noFindings : t.nothingVisible} />
        )}
      </div>

      <div className={styles.footer}>
        <Switch checked={state.live} onChange={(_, data) => void store.setLive(data.checked)} label={t.live} title={t.liveHint} data-testid="live" />
        <span className={styles.footerRight}>
          {state.busy === 'recheck' && <Spinner size="extra-tiny" aria-label={t.checking} />}
          {state.checkedAt && <Caption1 data-testid="checked-at">{t.checkedAt(formatTime(state.checkedAt, t.language))}</Caption1>}
        </span>
      </div>
    </div>
  );
}

function formatTime(date: Date, language: string): string {
  return date.toLocaleTimeString(language === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}
