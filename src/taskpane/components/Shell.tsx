/**
 * The pane's frame: the profile in force with «Профиль…» and «Новый план» on top, a tab bar —
 * «Проверка» (the check), «Свод» (consolidation), «Перед отправкой» (the verdict) — and the tab's
 * panel below, filling the rest.
 */
import * as React from 'react';
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import type { ConsolidationState, ConsolidationStore } from '../state/consolidation-store';
import type { PaneState, PaneStore } from '../state/pane-store';
import type { ProfileState, ProfileStore } from '../state/profile-store';
import { ConsolidatePanel } from './ConsolidatePanel';
import { Pane } from './Pane';
import { ProfileBar } from './ProfileBar';
import { VerdictPanel } from './VerdictPanel';

export type PaneTab = 'check' | 'consolidate' | 'verdict';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  head: { flexShrink: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}` },
  panel: { position: 'relative', flexGrow: 1, minHeight: 0 },
  fill: { position: 'absolute', inset: 0 },
});

export interface ShellProps {
  t: Strings;
  pane: { store: PaneStore; state: PaneState };
  profile: { store: ProfileStore; state: ProfileState };
  consolidation: { store: ConsolidationStore; state: ConsolidationState };
  initialTab?: PaneTab;
}

export function Shell({ t, pane, profile, consolidation, initialTab = 'check' }: ShellProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<PaneTab>(initialTab);
  return (
    <div className={styles.root} data-testid="shell">
      <div className={styles.head}>
        <ProfileBar store={profile.store} state={profile.state} t={t} />
        <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)}>
          <Tab value="check" data-testid="tab-check">
            {t.tabCheck}
          </Tab>
          <Tab value="consolidate" data-testid="tab-consolidate">
            {t.tabConsolidate}
          </Tab>
          <Tab value="verdict" data-testid="tab-verdict">
            {t.tabVerdict}
          </Tab>
        </TabList>
      </div>
      <div className={styles.panel}>
        <div className={styles.fill} role="tabpanel">
          {tab === 'check' && <Pane store={pane.store} state={pane.state} t={t} />}
          {tab === 'consolidate' && <ConsolidatePanel store={consolidation.store} state={consolidation.state} t={t} />}
          {tab === 'verdict' && <VerdictPanel store={pane.store} state={pane.state} t={t} />}
        </div>
      </div>
    </div>
  );
}
