/** What the pane shows before the first check. */
import * as React from 'react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { TextBulletListSquareWarningRegular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  intro: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: '40px' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function Intro({ t }: { t: Strings }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.intro} data-testid="intro">
      <TextBulletListSquareWarningRegular className={styles.icon} aria-hidden />
      <Body1>{t.intro}</Body1>
      <ol className={styles.steps}>
        {t.introSteps.map((s) => (
          <li key={s}>
            <Caption1>{s}</Caption1>
          </li>
        ))}
      </ol>
    </div>
  );
}
