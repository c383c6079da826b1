/**
 * «Назад» / «3 из 17» / «Далее» over the current finding, like Excel's error checker: its rule,
 * cell, event, value and message, all wrapped (nothing cut), and «Пропустить» / «Вернуть».
 * F8 and Shift+F8 step from anywhere in the pane (the tooltips say so).
 */
import * as React from 'react';
import { Body1, Button, Caption1, Caption1Strong, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowUndo16Regular, ChevronLeft16Regular, ChevronRight16Regular, EyeOff16Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { PaneStore, Scope } from '../state/pane-store';
import type { ViewFinding } from '../state/findings-view';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  position: { flexGrow: 1, textAlign: 'center', color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  rule: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  cell: {
    flexShrink: 1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: '55%',
    overflowWrap: 'anywhere',
  },
  // Fluent's text is inline: each of these is a line of its own. The event's name, often long,
  // takes two lines at most (whole in its tooltip); the value and the message are whole.
  event: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  value: { display: 'block', margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground1, fontStyle: 'italic', overflowWrap: 'anywhere' },
  message: { display: 'block', margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

export interface StepperProps {
  store: PaneStore;
  t: Strings;
  current: ViewFinding | null;
  position: number | null;
  total: number;
  scope: Scope | null;
}

export function Stepper({ store, t, current, position, total, scope }: StepperProps): React.JSX.Element {
  const styles = useStyles();
  const f = current?.finding;
  return (
    <section className={styles.card} data-testid="stepper" aria-label={t.position(position, total)}>
      <div className={styles.nav}>
        <Tooltip content={t.prevHint} relationship="description" withArrow>
          <Button size="small" icon={<ChevronLeft16Regular />} onClick={() => void store.prev()} aria-keyshortcuts="Shift+F8" data-testid="prev">
            {t.prev}
          </Button>
        </Tooltip>
        <Caption1Strong className={styles.position} data-testid="position" aria-live="polite">
          {t.position(position, total)}
        </Caption1Strong>
        <Tooltip content={t.nextHint} relationship="description" withArrow>
          <Button size="small" icon={<ChevronRight16Regular />} iconPosition="after" onClick={() => void store.next()} aria-keyshortcuts="F8" data-testid="next">
            {t.next}
          </Button>
        </Tooltip>
      </div>
      {f && current ? (
        <div data-testid="current">
          <div className={styles.head}>
            <SeverityIcon severity={f.severity} label={t.severity[f.severity]} />
            <Caption1Strong className={styles.rule}>{t.ruleTitle(f.rule)}</Caption1Strong>
            <span className={styles.cell} data-testid="current-cell" title={t.sheetCell(f.sheet, f.cell)}>
              {scope === 'workbook' ? t.sheetCell(f.sheet, f.cell) : f.cell}
            </span>
          </div>
          {current.event && (
            <Caption1 className={styles.event} as="p" title={current.event} data-testid="current-event">
              {t.event(current.event)}
            </Caption1>
          )}
          {f.value !== '' && <Body1 className={styles.value} as="p">«{f.value}»</Body1>}
          <Caption1 className={styles.message} as="p" data-testid="current-message">
            {f.message}
          </Caption1>
          <div className={styles.actions}>
            {current.ignored ? (
              <Button size="small" appearance="subtle" icon={<ArrowUndo16Regular />} onClick={() => void store.unignore(current.uid)} data-testid="unignore-current">
                {t.unignore}
              </Button>
            ) : (
              <Tooltip content={t.ignoreHint} relationship="description" withArrow>
                <Button size="small" appearance="subtle" icon={<EyeOff16Regular />} onClick={() => void store.ignore(current.uid)} data-testid="ignore-current">
                  {t.ignore}
                </Button>
              </Tooltip>
            )}
          </div>
        </div>
      ) : (
        <Caption1 className={styles.hint}>{t.stepHint}</Caption1>
      )}
    </section>
  );
}
