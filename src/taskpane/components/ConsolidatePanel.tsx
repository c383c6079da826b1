/**
 * «Свод»: school workbooks picked or dropped (many at once), or the sheets of the open workbook;
 * the expected schools; a progress bar while they are read; a row per school with its status
 * badge and findings; the chart's indicator and «Записать свод в книгу». Thin: the store decides.
 * Everything from a school's file is rendered as text.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowUpload24Regular, Dismiss12Regular, Dismiss16Regular, DocumentTableArrowRight20Regular, Table20Regular, TableSimple20Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { ConsolidationState, ConsolidationStore } from '../state/consolidation-store';
import { badgeCounts, SCHOOL_BADGES, type SchoolBadge, type SchoolRow } from '../state/schools-view';
import { totalsView, type TotalsView } from '../state/totals-view';
import { SeverityIcon } from './SeverityIcon';

const BADGE_COLORS: Record<SchoolBadge, 'success' | 'warning' | 'danger' | 'severe' | 'informative'> = {
  ready: 'success',
  warnings: 'warning',
  errors: 'danger',
  unreadable: 'severe',
  missing: 'informative',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  intro: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    flexShrink: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  dropActive: { border: `1px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  dropIcon: { color: tokens.colorBrandForeground1 },
  hidden: { display: 'none' },
  files: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fileList: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '96px', overflowY: 'auto', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  fileChip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    maxWidth: '100%',
    padding: `0 0 0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  fileName: { overflowWrap: 'anywhere', maxWidth: '220px' },
  grow: { flexGrow: 1, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  expectedHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  school: { minWidth: 0 },
  schoolTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%', minWidth: 0 },
  schoolName: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', textAlign: 'start' },
  findings: { listStyleType: 'none', margin: 0, padding: `0 0 ${tokens.spacingVerticalXS} 28px`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', fontSize: tokens.fontSizeBase200 },
  cell: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, minWidth: '28px' },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
  clickable: { cursor: 'pointer', ':hover': { textDecorationLine: 'underline' } },
  select: { width: '100%', minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
  bar: { flexShrink: 0 },
  indicator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  indicatorName: { overflowWrap: 'anywhere' },
  totals: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  totalsColumn: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: `1px ${tokens.spacingHorizontalS} 1px 0`, overflowWrap: 'anywhere' },
  totalsValue: { textAlign: 'end', fontWeight: tokens.fontWeightSemibold, padding: `1px ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap' },
  totalsCount: { textAlign: 'end', color: tokens.colorNeutralForeground3, padding: '1px 0', whiteSpace: 'nowrap' },
  details: { fontSize: tokens.fontSizeBase200, '& > summary': { cursor: 'pointer', color: tokens.colorBrandForeground1, padding: `${tokens.spacingVerticalXXS} 0` } },
  schoolValues: { listStyleType: 'none', margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  schoolValue: { overflowWrap: 'anywhere' },
});

export interface ConsolidatePanelProps {
  store: ConsolidationStore;
  state: ConsolidationState;
  t: Strings;
}

export function ConsolidatePanel({ store, state, t }: ConsolidatePanelProps): React.JSX.Element {
  const styles = useStyles();
  const filesInput = React.useRef<HTMLInputElement>(null);
  const listInput = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const reading = state.busy === 'read';
  const expected = store.expectedSchools().length;
  const bytes = state.files.reduce((n, f) => n + f.size, 0);

  return (
    <div className={styles.root} data-testid="consolidate-panel">
      <div className={styles.body}>
        <Caption1 className={styles.intro}>{t.consIntro}</Caption1>

        <section className={styles.card}>
          <div
            className={mergeClasses(styles.drop, dragging && styles.dropActive)}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              store.addFiles(Array.from(e.dataTransfer.files));
            }}
          >
            <ArrowUpload24Regular className={styles.dropIcon} aria-hidden />
            <Caption1>
              {t.consDrop}{' '}
              <Link as="button" onClick={() => filesInput.current?.click()} data-testid="pick-files">
                {t.consPick}
              </Link>
            </Caption1>
            <input
              ref={filesInput}
              className={styles.hidden}
              type="file"
              multiple
              accept=".xlsx,.xlsm,.xls,.ods,.fods,.csv"
              data-testid="school-files"
              onChange={(e) => {
                store.addFiles(Array.from(e.target.files ?? []));
                e.target.value = '';
              }}
            />
          </div>
          {state.files.length > 0 && (
            <>
              <div className={styles.files}>
                <Caption1Strong className={styles.grow} data-testid="file-count">
                  {t.consFiles(state.files.length, bytes)}
                </Caption1Strong>
                <Button size="small" appearance="subtle" onClick={() => store.clearFiles()} disabled={reading} data-testid="clear-files">
                  {t.consClear}
                </Button>
              </div>
              <PickedFiles files={state.files} reading={reading} store={store} t={t} />
            </>
          )}
          <Accordion collapsible>
            <AccordionItem value="expected">
              <AccordionHeader size="small" expandIconPosition="start" data-testid="expected-toggle">
                <span className={styles.expectedHead}>
                  <span className={styles.grow}>{t.consExpected}</span>
                  <Caption1 className={styles.muted} data-testid="expected-count">
                    {t.consExpectedCount(expected)}
                  </Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Field hint={t.consExpectedHint}>
                  <Textarea value={state.expectedText} onChange={(_, data) => store.setExpectedText(data.value)} resize="vertical" rows={4} data-testid="expected-schools" />
                </Field>
                <Button size="small" appearance="subtle" onClick={() => listInput.current?.click()} data-testid="expected-pick">
                  {t.consExpectedFile}
                </Button>
                <input
                  ref={listInput}
                  className={styles.hidden}
                  type="file"
                  accept=".txt,.csv,text/plain,text/csv"
                  data-testid="expected-file"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void file.text().then((text) => store.loadExpectedFile(file.name, text));
                  }}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <div className={styles.row}>
            <Button
              appearance="primary"
              className={styles.grow}
              icon={reading && state.files.length ? <Spinner size="extra-tiny" appearance="inverted" /> : <Table20Regular />}
              disabled={reading || state.files.length === 0}
              onClick={() => void store.consolidateFiles()}
              data-testid="consolidate-files"
            >
              {t.consRun(state.files.length)}
            </Button>
            <Button icon={<TableSimple20Regular />} disabled={reading} onClick={() => void store.consolidateWorkbook()} title={t.consRunWorkbookHint} data-testid="consolidate-workbook">
              {t.consRunWorkbook}
            </Button>
          </div>
          {state.progress && state.progress.total > 0 && (
            <Field validationMessage={progressText(state, t)} validationState="none" data-testid="consolidate-progress">
              <ProgressBar value={state.progress.done / state.progress.total} thickness="large" aria-label={progressText(state, t)} data-testid="progress-bar" />
            </Field>
          )}
        </section>

        {state.error && (
          <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="consolidate-error">
            <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => store.dismissError()} />} />
          </MessageBar>
        )}

        {state.result && <Result store={store} state={state} t={t} />}
      </div>
    </div>
  );
}

/**
 * The picked files' chips, drawn again only when the files or the reading flag change: a region
 * picks hundreds, and redrawing them all for each file's progress made the page's tasks long.
 */
const PickedFiles = React.memo(function PickedFiles({ files, reading, store, t }: { files: ConsolidationState['files']; reading: boolean; store: ConsolidationStore; t: Strings }): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.fileList}>
      {files.map((f) => (
        <li key={f.id} className={styles.fileChip} data-testid="picked-file">
          <span className={styles.fileName} title={f.name}>
            {f.name}
          </span>
          <Button size="small" appearance="transparent" icon={<Dismiss12Regular />} aria-label={`${t.consRemove} ${f.name}`} disabled={reading} onClick={() => store.removeFile(f.id)} />
        </li>
      ))}
    </ul>
  );
});

function progressText(state: ConsolidationState, t: Strings): string {
  const p = state.progress!;
  return p.done >= p.total && !state.busy ? t.consRead(p.total) : t.consReading(p.done, p.total, p.current);
}

function Result({ store, state, t }: ConsolidatePanelProps): React.JSX.Element {
  const styles = useStyles();
  const result = state.result!;
  const counts = badgeCounts(state.rows);
  const ok = result.schools.filter((s) => s.status === 'ok').length;
  // «из N» counts every school expected or sent: an expected school with no file is one of them.
  const total = result.schools.length + counts.missing;
  const totals = React.useMemo(() => totalsView(result, state.language), [result, state.language]);
  const writing = state.busy === 'write';
  return (
    <>
      <section className={styles.card} data-testid="consolidate-result">
        <Body1 data-testid="cons-summary">{ok === 0 && result.schools.length === 0 ? t.consNoSchools : t.consResult(ok, total, result.indicators.length)}</Body1>
        <div className={styles.counts}>
          {SCHOOL_BADGES.filter((b) => counts[b] > 0).map((b) => (
            <Badge key={b} appearance="tint" color={BADGE_COLORS[b]} data-testid={`count-${b}`}>
              {t.badge[b]}: {counts[b]}
            </Badge>
          ))}
        </div>
        {state.skipped.length > 0 && (
          <Caption1 className={styles.muted} data-testid="skipped-sheets">
            {t.consSkipped(state.skipped)}
          </Caption1>
        )}
        {result.indicators.length > 0 && (
          <>
            <Field label={t.consChart}>
              <Select
                className={styles.select}
                value={state.chartIndicator === null ? '' : String(state.chartIndicator)}
                onChange={(_, data) => store.setChartIndicator(data.value === '' ? null : Number(data.value))}
                data-testid="chart-indicator"
              >
                <option value="">{t.consNoChart}</option>
                {result.indicators.map((ind, k) => (
                  <option key={k} value={String(k)}>
                    {`${k + 1}) ${ind.name.length > 90 ? `${ind.name.slice(0, 89)}…` : ind.name}`}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              appearance="primary"
              icon={writing ? <Spinner size="extra-tiny" appearance="inverted" /> : <DocumentTableArrowRight20Regular />}
              disabled={writing || state.busy === 'read'}
              onClick={() => void store.writeToWorkbook()}
              title={t.consWriteHint}
              data-testid="write-summary"
            >
              {t.consWrite}
            </Button>
          </>
        )}
        {state.written && (
          <MessageBar intent="success" layout="multiline" className={styles.bar} data-testid="summary-written">
            <MessageBarBody>{t.consWritten(state.written)}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => store.dismissWritten()} />} />
          </MessageBar>
        )}
      </section>
      {totals.indicators.length > 0 && <Totals totals={totals} t={t} />}
      {state.rows.length > 0 && (
        <section className={styles.card} data-testid="school-table">
          <Accordion multiple collapsible>
            {state.rows.map((row) => (
              <SchoolItem key={row.key} row={row} store={store} t={t} />
            ))}
          </Accordion>
        </section>
      )}
    </>
  );
}

/** Each indicator's totals per column, with the count of schools behind each, and the schools' own values on request. */
function Totals({ totals, t }: { totals: TotalsView; t: Strings }): React.JSX.Element {
  const styles = useStyles();
  const titleId = React.useId();
  return (
    <section className={styles.card} data-testid="totals" aria-labelledby={titleId}>
      <Body1Strong id={titleId}>{t.consTotals}</Body1Strong>
      <Caption1 className={styles.muted}>{t.consTotalsHint}</Caption1>
      {totals.indicators.map((ind, k) => (
        <div key={k} className={styles.indicator} data-testid="indicator-total" data-name={ind.name}>
          <Caption1Strong className={styles.indicatorName}>{ind.number ? `${ind.number} ${ind.name}` : ind.name}</Caption1Strong>
          <Caption1 className={styles.muted}>{[ind.unit, t.consAggregate[ind.aggregate]].filter(Boolean).join(' · ')}</Caption1>
          <table className={styles.totals}>
            <tbody>
              {ind.columns.map((c) => (
                <tr key={c.column} data-testid="column-total" data-column={c.column}>
                  <th scope="row" className={styles.totalsColumn}>
                    {c.column}
                  </th>
                  <td className={styles.totalsValue} data-testid="total-value">
                    {c.value ?? '—'}
                  </td>
                  <td className={styles.totalsCount} data-testid="total-count">
                    {c.value === null ? t.consNoValues : t.consGiven(c.n, totals.schools)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {ind.bySchool.length > 0 && ind.bySchool[0].values.length > 0 && (
            <details className={styles.details} data-testid="by-school">
              <summary>{t.consBySchool}</summary>
              <ul className={styles.schoolValues}>
                {ind.bySchool.map((school) => (
                  <li key={school.school} className={styles.schoolValue}>
                    <Caption1Strong>{school.school}</Caption1Strong>
                    {': '}
                    {school.values.map((v) => `${v.column} ${v.value ?? '—'}`).join(' · ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
    </section>
  );
}

function SchoolItem({ row, store, t }: { row: SchoolRow; store: ConsolidationStore; t: Strings }): React.JSX.Element {
  const styles = useStyles();
  const title = row.file && row.name !== row.file ? `${row.name} — ${row.file}` : row.name;
  return (
    <AccordionItem value={row.key} className={styles.school} data-testid="school-row" data-badge={row.badge} data-name={row.name}>
      <AccordionHeader size="small" expandIconPosition="start">
        <span className={styles.schoolTitle}>
          <span className={styles.schoolName} title={title}>
            {row.name}
          </span>
          <Badge appearance="filled" color={BADGE_COLORS[row.badge]} size="small" data-testid="school-badge">
            {t.badge[row.badge]}
            {row.badge === 'errors' || row.badge === 'warnings' ? ` ${row.findings.length}` : ''}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {row.badge === 'unreadable' && row.error ? (
          <Caption1 as="p" data-testid="school-error">
            {row.error.message}
          </Caption1>
        ) : row.badge === 'missing' ? (
          <Caption1 as="p">{t.consMissing}</Caption1>
        ) : row.findings.length === 0 ? (
          <Caption1 as="p" className={styles.muted}>
            {t.consNoFindings}
          </Caption1>
        ) : (
          <ul className={styles.findings}>
            {row.findings.map((f, i) => (
              <li key={i} className={styles.finding} data-testid="school-finding" data-rule={f.rule}>
                <SeverityIcon severity={f.severity} label={t.severity[f.severity]} />
                <span
                  className={mergeClasses(styles.cell, f.cell && f.sheet ? styles.clickable : undefined)}
                  onClick={() => void store.select(f.sheet, f.cell)}
                  title={f.sheet ? t.sheetCell(f.sheet, f.cell) : undefined}
                >
                  {f.cell || '—'}
                </span>
                <span className={styles.message}>{f.message}</span>
              </li>
            ))}
          </ul>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
