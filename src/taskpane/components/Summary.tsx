/** The verdict (ready or not), what was checked, and the severity filter with counts. */
import * as React from 'react';
import { Body1Strong, Caption1, makeStyles, mergeClasses, ToggleButton, tokens, Tooltip } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DismissCircle20Filled, Eye16Regular, EyeOff16Regular } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings';
import type { Strings } from '../i18n';
import type { PaneState, PaneStore } from '../state/pane-store';
import { SEVERITIES } from '../state/findings-view';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  verdict: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  bad: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  sub: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis' },
  filters: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  chip: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalSNudge,
    columnGap: tokens.spacingHorizontalXS,
    fontVariantNumeric: 'tabular-nums',
  },
  chipOn: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  chipOff: {
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground4,
    '& svg': { opacity: 0.45 },
  },
  spacer: { flexGrow: 1 },
});

export interface SummaryProps {
  store: PaneStore;
  state: PaneState;
  t: Strings;
  counts: Record<Severity, number>;
  ignored: number;
}

export function Summary({ store, state, t, counts, ignored }: SummaryProps): React.JSX.Element {
  const styles = useStyles();
  const ready = counts.error === 0;
  return (
    <section className={styles.card} aria-label={t.appTitle} data-testid="summary">
      <div className={styles.verdict}>
        {ready ? <CheckmarkCircle20Filled className={styles.ok} aria-hidden /> : <DismissCircle20Filled className={styles.bad} aria-hidden />}
        <div className={styles.text}>
          <Body1Strong data-testid="verdict">{ready ? t.verdictReady : t.verdictNotReady(counts.error)}</Body1Strong>
          <Caption1 className={styles.sub} data-testid="scope-summary">
            {describeScope(state, t)}
          </Caption1>
        </div>
      </div>
      <div className={styles.filters} role="group" aria-label={t.filterLabel}>
        {SEVERITIES.map((severity) => (
          <Tooltip key={severity} content={t.severityCount(severity, counts[severity])} relationship="label" withArrow>
            <ToggleButton
              size="small"
              shape="circular"
              className={mergeClasses(styles.chip, state.filter[severity] ? styles.chipOn : styles.chipOff)}
              checked={state.filter[severity]}
              appearance="subtle"
              icon={<SeverityIcon severity={severity} />}
              onClick={() => void store.setSeverityShown(severity, !state.filter[severity])}
              data-testid={`filter-${severity}`}
            >
              <span data-testid={`count-${severity}`}>{counts[severity]}</span>
            </ToggleButton>
          </Tooltip>
        ))}
        <span className={styles.spacer} />
        {ignored > 0 && (
          <ToggleButton
            size="small"
            appearance="subtle"
            className={styles.chip}
            checked={state.showIgnored}
            icon={state.showIgnored ? <Eye16Regular /> : <EyeOff16Regular />}
            onClick={() => store.setShowIgnored(!state.showIgnored)}
            data-testid="show-ignored"
          >
            {t.showIgnored(ignored)}
          </ToggleButton>
        )}
      </div>
    </section>
  );
}

function describeScope(state: PaneState, t: Strings): string {
  if (state.scope === 'sheet' && state.reports.length === 1) {
    const r = state.reports[0];
    return r.kind === 'roadmap' ? t.sheetSummary(r.name, r.counts.events, r.counts.sections) : t.notRoadmap(r.name);
  }
  const roadmaps = state.reports.filter((r) => r.kind === 'roadmap');
  return t.workbookSummary(
    state.reports.length,
    roadmaps.length,
    roadmaps.reduce((n, r) => n + r.counts.events, 0),
  );
}
