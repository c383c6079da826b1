/**
 * The pane's frame: the profile in force with «Профиль…» and «Новый план» on top, a tab bar —
 * «Проверка» (the check), «Свод» (consolidation), «Перед отправкой» (the verdict) — and the tab's
 * panel below, filling the rest.
 */
import * as React from 'react';
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import type { ConsolidationState, ConsolidationStore } from '../state/consolidation-store';
import type { PaneState, PaneStore } from '../state/pane-store';
import type { ProfileState, ProfileStore } from '../state/profile-store';
import { Pane } from './Pane';
import { ProfileBar } from './ProfileBar';
import { TabBar } from './TabBar';
import { VerdictPanel } from './VerdictPanel';

export type PaneTab = 'check' | 'consolidate' | 'verdict';

/** «Свод» is loaded when its tab is first opened: most who open the pane only check their plan. */
const ConsolidatePanel = React.lazy(() => import('./ConsolidatePanel.js').then((m) => ({ default: m.ConsolidatePanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  head: { flexShrink: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
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
  const panelId = React.useId();
  return (
    <div className={styles.root} data-testid="shell">
      <div className={styles.head}>
        <ProfileBar store={profile.store} state={profile.state} t={t} />
        <TabBar
          items={[
            { value: 'check', label: t.tabCheck, testId: 'tab-check' },
            { value: 'consolidate', label: t.tabConsolidate, testId: 'tab-consolidate' },
            { value: 'verdict', label: t.tabVerdict, testId: 'tab-verdict' },
          ]}
          selected={tab}
          onSelect={setTab}
          panelId={panelId}
        />
      </div>
      <div className={styles.panel}>
        <div className={styles.fill} role="tabpanel" id={panelId} aria-label={{ check: t.tabCheck, consolidate: t.tabConsolidate, verdict: t.tabVerdict }[tab]}>
          {tab === 'check' && <Pane store={pane.store} state={pane.state} t={t} />}
          {tab === 'consolidate' && (
            <React.Suspense fallback={<Spinner size="small" label={t.tabConsolidate} />}>
              <ConsolidatePanel store={consolidation.store} state={consolidation.state} t={t} />
            </React.Suspense>
          )}
          {tab === 'verdict' && <VerdictPanel store={pane.store} state={pane.state} t={t} />}
        </div>
      </div>
    </div>
  );
}
