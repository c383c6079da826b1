import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings';

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: 'middle' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }): React.JSX.Element {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[severity]);
  const a11y = label ? { 'aria-label': label, role: 'img' } : { 'aria-hidden': true };
  if (severity === 'error') return <ErrorCircle16Filled className={className} {...a11y} />;
  if (severity === 'warning') return <Warning16Filled className={className} {...a11y} />;
  return <Info16Filled className={className} {...a11y} />;
}
