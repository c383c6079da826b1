/** Findings grouped by severity and rule, with counts; a click selects the cell. */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Caption1Strong,
  CounterBadge,
  makeStyles,
  mergeClasses,
  tokens,
  Tooltip,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, EyeOff16Regular } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings';
import type { Strings } from '../i18n';
import type { PaneStore, Scope } from '../state/pane-store';
import type { RuleGroup, SeverityGroup, ViewFinding } from '../state/findings-view';
import { SeverityIcon } from './SeverityIcon';

/** Groups up to this size open by themselves; larger ones wait for a click (errors always open). */
const AUTO_OPEN_MAX = 8;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  severity: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    overflow: 'hidden',
  },
  severityHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  severityTitle: { flexGrow: 1 },
  ruleHeader: { minWidth: 0 },
  ruleTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%', minWidth: 0 },
  ruleName: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: 'start' },
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalXS },
  items: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    minHeight: '28px',
    paddingRight: tokens.spacingHorizontalXS,
    borderLeft: `3px solid transparent`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  ignored: { opacity: 0.6 },
  main: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 28px`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px', borderRadius: tokens.borderRadiusSmall },
  },
  cell: {
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    minWidth: '34px',
    maxWidth: '45%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  text: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  strike: { textDecorationLine: 'line-through' },
  empty: { padding: tokens.spacingVerticalM, textAlign: 'center', color: tokens.colorNeutralForeground3 },
  rowAction: { flexShrink: 0 },
});

export interface FindingListProps {
  store: PaneStore;
  t: Strings;
  groups: SeverityGroup[];
  currentUid: string | null;
  scope: Scope | null;
  emptyText: string;
}

const groupId = (g: Pick<RuleGroup, 'severity' | 'rule'>): string => `${g.severity}|${g.rule}`;

export function FindingList({ store, t, groups, currentUid, scope, emptyText }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const [overrides, setOverrides] = React.useState<Record<string, boolean>>({});

  // The current finding's group opens, so a step with «Далее» is always visible in the list.
  const currentGroup = React.useMemo(() => {
    for (const s of groups) for (const r of s.rules) if (r.items.some((v) => v.uid === currentUid)) return groupId(r);
    return null;
  }, [groups, currentUid]);
  React.useEffect(() => {
    if (currentGroup) setOverrides((o) => (o[currentGroup] ? o : { ...o, [currentGroup]: true }));
  }, [currentGroup, currentUid]);

  const isOpen = (r: RuleGroup): boolean => overrides[groupId(r)] ?? (r.severity === 'error' || r.items.length <= AUTO_OPEN_MAX);

  if (groups.length === 0) {
    return (
      <Caption1 className={styles.empty} as="p" data-testid="empty">
        {emptyText}
      </Caption1>
    );
  }

  return (
    <div className={styles.list} data-testid="finding-list">
      {groups.map((s) => {
        const open = s.rules.filter(isOpen).map(groupId);
        const onToggle: AccordionToggleEventHandler<string> = (_, data) => setOverrides((o) => ({ ...o, [data.value]: !open.includes(data.value) }));
        return (
          <section key={s.severity} className={styles.severity} data-testid={`group-${s.severity}`} aria-label={t.severityPlural[s.severity]}>
            <div className={styles.severityHead}>
              <SeverityIcon severity={s.severity} />
              <Caption1Strong className={styles.severityTitle}>{t.severityPlural[s.severity]}</Caption1Strong>
              <CounterBadge count={s.count} showZero size="small" appearance="ghost" color={badgeColor(s.severity)} overflowCount={9999} />
            </div>
            <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
              {s.rules.map((r) => (
                <AccordionItem key={r.rule} value={groupId(r)} data-testid={`rule-${r.rule}`}>
                  <AccordionHeader size="small" expandIconPosition="start" className={styles.ruleHeader}>
                    <span className={styles.ruleTitle}>
                      <span className={styles.ruleName} title={t.ruleTitle(r.rule)}>
                        {t.ruleTitle(r.rule)}
                      </span>
                      <CounterBadge count={r.count} showZero size="small" appearance="filled" color="informative" overflowCount={9999} data-testid="rule-count" />
                    </span>
                  </AccordionHeader>
                  <AccordionPanel className={styles.panel}>
                    <ul className={styles.items}>
                      {r.items.map((v) => (
                        <FindingRow key={v.uid} v={v} current={v.uid === currentUid} store={store} t={t} scope={scope} />
                      ))}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
        );
      })}
    </div>
  );
}

function badgeColor(severity: Severity): 'danger' | 'important' | 'brand' {
  return severity === 'error' ? 'danger' : severity === 'warning' ? 'important' : 'brand';
}

interface FindingRowProps {
  v: ViewFinding;
  current: boolean;
  store: PaneStore;
  t: Strings;
  scope: Scope | null;
}

function FindingRow({ v, current, store, t, scope }: FindingRowProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLLIElement>(null);
  React.useEffect(() => {
    if (current) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const f = v.finding;
  const where = scope === 'workbook' ? t.sheetCell(f.sheet, f.cell) : f.cell;
  const text = f.value !== '' ? f.value : f.message;
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.item, current && styles.current, v.ignored && styles.ignored)}
      data-testid="finding"
      data-cell={f.cell}
      data-sheet={f.sheet}
      data-rule={f.rule}
      data-current={current || undefined}
    >
      <button type="button" className={styles.main} onClick={() => void store.select(v.uid)} title={f.message} aria-current={current || undefined}>
        <span className={styles.cell}>{where}</span>
        <span className={mergeClasses(styles.text, v.ignored && styles.strike)}>{text}</span>
      </button>
      {v.ignored ? (
        <Tooltip content={t.unignore} relationship="label" withArrow>
          <Button size="small" appearance="transparent" className={styles.rowAction} icon={<ArrowUndo16Regular />} onClick={() => void store.unignore(v.uid)} data-testid="unignore" />
        </Tooltip>
      ) : (
        <Tooltip content={t.ignore} relationship="label" withArrow>
          <Button size="small" appearance="transparent" className={styles.rowAction} icon={<EyeOff16Regular />} onClick={() => void store.ignore(v.uid)} data-testid="ignore" />
        </Tooltip>
      )}
    </li>
  );
}
