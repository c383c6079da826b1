/**
 * The verdict as a heading: an icon for its state (red: not ready, amber: can be submitted with
 * findings, green: ready), the title and its reason — the same on «Проверка» and «Перед отправкой».
 */
import * as React from 'react';
import { Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DismissCircle20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { Strings, VerdictFacts } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { flexShrink: 0, marginTop: '1px' },
  ready: { color: tokens.colorPaletteGreenForeground1 },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
  notReady: { color: tokens.colorPaletteRedForeground1 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  reason: { color: tokens.colorNeutralForeground2 },
});

export interface VerdictHeadingProps {
  verdict: VerdictFacts;
  t: Strings;
  /** Test ids of the title and the reason. */
  titleId: string;
  reasonId: string;
  children?: React.ReactNode;
}

export function VerdictHeading({ verdict, t, titleId, reasonId, children }: VerdictHeadingProps): React.JSX.Element {
  const styles = useStyles();
  const icon =
    verdict.state === 'ready' ? (
      <CheckmarkCircle20Filled className={mergeClasses(styles.icon, styles.ready)} aria-hidden />
    ) : verdict.state === 'warnings' ? (
      <Warning20Filled className={mergeClasses(styles.icon, styles.warnings)} aria-hidden />
    ) : (
      <DismissCircle20Filled className={mergeClasses(styles.icon, styles.notReady)} aria-hidden />
    );
  return (
    <div className={styles.root} data-state={verdict.state}>
      {icon}
      <div className={styles.text}>
        <Body1Strong data-testid={titleId}>{t.verdictTitle(verdict)}</Body1Strong>
        <Caption1 className={styles.reason} data-testid={reasonId}>
          {t.verdictReason(verdict)}
        </Caption1>
        {children}
      </div>
    </div>
  );
}
