/**
 * The findings as one listbox, grouped by severity and rule with their counts: one Tab stop; the
 * arrow keys (and Home, End) move through the findings, Enter or Space selects the finding's cell,
 * Delete ignores it (or brings an ignored one back). A click selects too. The active finding is
 * the listbox's `aria-activedescendant`, so focus stays on the list while it moves. Texts wrap:
 * three lines, all of them for the active and the current finding.
 */
import * as React from 'react';
import { Caption1, Caption1Strong, CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/findings';
import type { Strings } from '../i18n';
import type { PaneStore, Scope } from '../state/pane-store';
import { listOrder, type SeverityGroup, type ViewFinding } from '../state/findings-view';
import { listKeyAction } from '../state/list-keys';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
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
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  ruleHead: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS}`,
    color: tokens.colorNeutralForeground2,
  },
  item: {
    position: 'relative',
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    minHeight: '28px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS} 20px`,
    borderLeft: '3px solid transparent',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  active: { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  ignored: { color: tokens.colorNeutralForeground3 },
  cell: {
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    minWidth: '34px',
    maxWidth: '40%',
    overflowWrap: 'anywhere',
  },
  text: {
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 3,
    overflow: 'hidden',
  },
  whole: { display: 'block', WebkitLineClamp: 'unset', overflow: 'visible' },
  strike: { textDecorationLine: 'line-through' },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
  empty: { padding: tokens.spacingVerticalM, textAlign: 'center', color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  store: PaneStore;
  t: Strings;
  groups: SeverityGroup[];
  currentUid: string | null;
  scope: Scope | null;
  emptyText: string;
}

/** A DOM id for a finding's option: uids hold any text, ids must not. */
function optionId(base: string, index: number): string {
  return `${base}-o${index}`;
}

export function FindingList({ store, t, groups, currentUid, scope, emptyText }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const base = React.useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const order = React.useMemo(() => listOrder(groups), [groups]);
  const indexOf = React.useMemo(() => new Map(order.map((v, i) => [v.uid, i])), [order]);
  const [activeUid, setActiveUid] = React.useState<string | null>(null);
  const [focused, setFocused] = React.useState(false);

  // The active option follows «Далее» and clicks; when it leaves the list (fixed, filtered out),
  // the current finding or the first one takes its place.
  React.useEffect(() => {
    if (currentUid && indexOf.has(currentUid)) setActiveUid(currentUid);
  }, [currentUid, indexOf]);
  const active = activeUid !== null && indexOf.has(activeUid) ? activeUid : currentUid !== null && indexOf.has(currentUid) ? currentUid : (order[0]?.uid ?? null);
  const activeIndex = active === null ? -1 : indexOf.get(active)!;

  if (order.length === 0) {
    return (
      <Caption1 className={styles.empty} as="p" data-testid="empty">
        {emptyText}
      </Caption1>
    );
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const action = listKeyAction(event.key, activeIndex, order.length, { shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey, alt: event.altKey });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') {
      setActiveUid(order[action.index].uid);
      document.getElementById(optionId(base, action.index))?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    const v = order[activeIndex];
    if (!v) return;
    if (action.kind === 'select') void store.select(v.uid);
    else if (v.ignored) void store.unignore(v.uid);
    else {
      // The next finding becomes active, as a list does when its item goes.
      const next = order[activeIndex + 1] ?? order[activeIndex - 1];
      if (next) setActiveUid(next.uid);
      void store.ignore(v.uid);
    }
  };

  return (
    <div
      className={styles.list}
      role="listbox"
      aria-label={t.listLabel}
      aria-description={t.listHint}
      aria-activedescendant={focused && activeIndex >= 0 ? optionId(base, activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      title={t.listHint}
      data-testid="finding-list"
    >
      {groups.map((s) => (
        <div key={s.severity} role="group" aria-label={`${t.severityPlural[s.severity]}: ${s.count}`} className={styles.severity} data-testid={`group-${s.severity}`}>
          <div className={styles.severityHead} aria-hidden>
            <SeverityIcon severity={s.severity} />
            <Caption1Strong className={styles.grow}>{t.severityPlural[s.severity]}</Caption1Strong>
            <CounterBadge count={s.count} showZero size="small" appearance="ghost" color={badgeColor(s.severity)} overflowCount={9999} />
          </div>
          {s.rules.map((r) => (
            <div key={r.rule} role="group" aria-label={t.ruleCount(r.rule, r.count)} data-testid={`rule-${r.rule}`}>
              <div className={styles.ruleHead} aria-hidden>
                <Caption1Strong className={styles.grow}>{t.ruleTitle(r.rule)}</Caption1Strong>
                <CounterBadge count={r.count} showZero size="small" appearance="filled" color="informative" overflowCount={9999} data-testid="rule-count" />
              </div>
              {r.items.map((v) => {
                const index = indexOf.get(v.uid)!;
                return (
                  <FindingOption
                    key={v.uid}
                    id={optionId(base, index)}
                    v={v}
                    current={v.uid === currentUid}
                    active={focused && index === activeIndex}
                    onSelect={() => {
                      setActiveUid(v.uid);
                      void store.select(v.uid);
                    }}
                    t={t}
                    scope={scope}
                  />
                );
              })}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function badgeColor(severity: Severity): 'danger' | 'important' | 'brand' {
  return severity === 'error' ? 'danger' : severity === 'warning' ? 'important' : 'brand';
}

interface FindingOptionProps {
  id: string;
  v: ViewFinding;
  current: boolean;
  active: boolean;
  onSelect: () => void;
  t: Strings;
  scope: Scope | null;
}

function FindingOption({ id, v, current, active, onSelect, t, scope }: FindingOptionProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (current) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const f = v.finding;
  const where = scope === 'workbook' ? t.sheetCell(f.sheet, f.cell) : f.cell;
  const text = f.value !== '' ? f.value : f.message;
  // The option's name is what it shows, then (for screen readers) the message when the value is shown, and its ignore state.
  const more = [f.value !== '' ? f.message : '', v.ignored ? t.ignored : ''].filter(Boolean).join(', ');
  return (
    <div
      ref={ref}
      id={id}
      role="option"
      aria-selected={current}
      className={mergeClasses(styles.item, current && styles.current, active && styles.active, v.ignored && styles.ignored)}
      onClick={onSelect}
      title={f.message}
      data-testid="finding"
      data-cell={f.cell}
      data-sheet={f.sheet}
      data-rule={f.rule}
      data-current={current || undefined}
      data-active={active || undefined}
      data-ignored={v.ignored || undefined}
    >
      <span className={styles.cell}>{where}</span>
      <span className={mergeClasses(styles.text, (current || active) && styles.whole, v.ignored && styles.strike)}>{text}</span>
      {more && <span className={styles.hidden}>{` — ${more}`}</span>}
    </div>
  );
}
