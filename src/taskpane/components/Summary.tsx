/** The verdict on what was checked (three states, with the reason), what was checked, and the severity filter with counts. */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, ToggleButton, tokens, Tooltip } from '@fluentui/react-components';
import { Eye16Regular, EyeOff16Regular } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings';
import type { Strings } from '../i18n';
import type { PaneState, PaneStore } from '../state/pane-store';
import { SEVERITIES } from '../state/findings-view';
import { SeverityIcon } from './SeverityIcon';
import { VerdictHeading } from './VerdictHeading';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  sub: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
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
    color: tokens.colorNeutralForeground3,
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
  const scope = describeScope(state, t);
  return (
    <section className={styles.card} aria-label={t.appTitle} data-testid="summary" data-state={state.assessment?.state}>
      {state.assessment && (
        <VerdictHeading verdict={state.assessment} t={t} titleId="verdict" reasonId="verdict-reason">
          {scope && (
            <Caption1 className={styles.sub} data-testid="scope-summary">
              {scope}
            </Caption1>
          )}
        </VerdictHeading>
      )}
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

/** What was checked: the sheet's events and sections, or the workbook's sheets, roadmaps and events ('' for a sheet that is no roadmap: the verdict says what it is). */
function describeScope(state: PaneState, t: Strings): string {
  if (state.scope === 'sheet' && state.reports.length === 1) {
    const r = state.reports[0];
    return r.kind === 'roadmap' && !state.assessment?.nothing ? t.sheetSummary(r.name, r.counts.events, r.counts.sections) : '';
  }
  const roadmaps = state.reports.filter((r) => r.kind === 'roadmap');
  return t.workbookSummary(
    state.reports.length,
    roadmaps.length,
    roadmaps.reduce((n, r) => n + r.counts.events, 0),
  );
}
