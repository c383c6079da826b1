/**
 * «Перед отправкой»: one action runs every check of the profile on every sheet and says whether
 * the workbook can go to the region — not ready (the errors that block it, each selecting its
 * cell, or what the workbook is when it holds no plan), can go with warnings (counted per rule,
 * vague deadlines first), or ready — and where the report sheet was written.
 */
import * as React from 'react';
import { Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { Dismiss16Regular, Send20Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { PaneState, PaneStore } from '../state/pane-store';
import { SeverityIcon } from './SeverityIcon';
import { VerdictHeading } from './VerdictHeading';

/** Blocking errors listed before «…и ещё N». */
const LISTED = 60;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    height: '100%',
    minHeight: 0,
    overflowY: 'auto',
    boxSizing: 'border-box',
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
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  sub: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  heading: { margin: 0 },
  bar: { flexShrink: 0 },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    width: '100%',
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  where: { flexShrink: 0, display: 'flex', flexDirection: 'column', width: '76px', minWidth: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  sheet: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  message: { fontSize: tokens.fontSizeBase200, minWidth: 0, overflowWrap: 'anywhere' },
});

export interface VerdictPanelProps {
  store: PaneStore;
  state: PaneState;
  t: Strings;
}

export function VerdictPanel({ store, state, t }: VerdictPanelProps): React.JSX.Element {
  const styles = useStyles();
  const running = state.busy === 'verdict';
  const v = state.verdict;
  return (
    <div className={styles.root} data-testid="verdict-panel">
      <Caption1 className={styles.intro}>{t.verdictIntro}</Caption1>
      <Button
        appearance="primary"
        icon={running ? <Spinner size="extra-tiny" appearance="inverted" /> : <Send20Regular />}
        disabled={running}
        onClick={() => void store.runVerdict()}
        data-testid="run-verdict"
      >
        {t.verdictRun}
      </Button>
      {state.error && (
        <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="verdict-error">
          <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => store.dismissError()} />} />
        </MessageBar>
      )}
      {v && (
        <section className={styles.card} data-testid="verdict-card" data-state={v.state} data-ready={String(v.state === 'ready')}>
          <VerdictHeading verdict={v} t={t} titleId="verdict-title" reasonId="verdict-reason">
            <Caption1 className={styles.sub} data-testid="verdict-scope">
              {t.workbookSummary(v.sheets, v.roadmaps, v.events)}
              {v.profileName ? ` · ${t.verdictProfile(v.profileName)}` : ''}
            </Caption1>
          </VerdictHeading>
          {v.blocking.length > 0 && (
            <>
              <Body1Strong as="h3" className={styles.heading}>
                {t.verdictBlocking}
              </Body1Strong>
              <ul className={styles.rules} data-testid="error-rules">
                {v.errorRules.map((r) => (
                  <li key={r.rule}>{t.ruleCount(r.rule, r.count)}</li>
                ))}
              </ul>
              <ul className={styles.list} data-testid="blocking-list">
                {v.blocking.slice(0, LISTED).map((b) => (
                  <li key={b.uid}>
                    <button type="button" className={styles.item} onClick={() => void store.select(b.uid)} data-testid="blocking-finding" data-cell={b.finding.cell} data-sheet={b.finding.sheet}>
                      <SeverityIcon severity="error" />
                      <span className={styles.where} title={t.sheetCell(b.finding.sheet, b.finding.cell)}>
                        <span className={styles.cell}>{b.finding.cell}</span>
                        <span className={styles.sheet}>{b.finding.sheet}</span>
                      </span>
                      <span className={styles.message}>{b.finding.message}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {v.blocking.length > LISTED && <Caption1 className={styles.sub}>{t.verdictMore(v.blocking.length - LISTED)}</Caption1>}
            </>
          )}
          {v.warningRules.length > 0 && (
            <>
              <Body1Strong as="h3" className={styles.heading}>
                {t.verdictWarnings}
              </Body1Strong>
              <ul className={styles.rules} data-testid="warning-rules">
                {v.warningRules.map((r) => (
                  <li key={r.rule} data-rule={r.rule}>
                    {t.ruleCount(r.rule, r.count)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {v.ignored > 0 && <Caption1 className={styles.sub}>{t.verdictIgnored(v.ignored)}</Caption1>}
          {v.reportSheet && <Caption1 data-testid="verdict-report">{t.verdictReport(v.reportSheet)}</Caption1>}
        </section>
      )}
    </div>
  );
}
