/**
 * The pane's header: the profile in force (name and where it comes from), «Профиль…» to load a
 * region's JSON profile or go back to the built-in one, and «Новый план». Below it, what the
 * profile store has to say: a bad profile's problems, a loaded profile, an inserted sheet.
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  Caption1Strong,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ArrowReset20Regular, Dismiss16Regular, DocumentAdd20Regular, DocumentSettings20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import type { ProfileState, ProfileStore } from '../state/profile-store';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  profile: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: '140px', minWidth: 0 },
  // The name wraps: a region's profile is named in full («Калининградская область, 2025»).
  name: { overflowWrap: 'anywhere' },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
  action: { whiteSpace: 'nowrap', flexShrink: 0, minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}` },
  messageBar: { flexShrink: 0 },
  problems: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
});

export interface ProfileBarProps {
  store: ProfileStore;
  state: ProfileState;
  t: Strings;
}

export function ProfileBar({ store, state, t }: ProfileBarProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const dismiss = (onClick: () => void) => (
    <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={onClick} />} />
  );
  const name = state.profile.name;
  return (
    <>
      <div className={styles.bar} data-testid="profile-bar">
        <div className={styles.profile} title={`${t.profileLabel}: ${name}`}>
          <Caption1Strong className={styles.name} data-testid="profile-name">
            {name}
          </Caption1Strong>
          <Caption1 className={styles.source} data-testid="profile-source">
            {`${t.profileLabel}: ${t.profileSource(state.source, state.fileName)}`}
          </Caption1>
        </div>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          data-testid="profile-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.text().then((text) => store.loadFile(file.name, text));
          }}
        />
        <Menu positioning="below-end">
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" className={styles.action} icon={state.busy === 'load' ? <Spinner size="extra-tiny" /> : <DocumentSettings20Regular />} data-testid="profile-menu">
              {t.profileMenu}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<FolderOpen20Regular />} onClick={() => input.current?.click()} data-testid="profile-load">
                {t.profileLoad}
              </MenuItem>
              <MenuItem icon={<ArrowReset20Regular />} disabled={state.source === 'default'} onClick={() => void store.reset()} data-testid="profile-reset">
                {t.profileReset}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button
          size="small"
          appearance="subtle"
          className={styles.action}
          icon={state.busy === 'plan' ? <Spinner size="extra-tiny" /> : <DocumentAdd20Regular />}
          disabled={state.busy === 'plan'}
          onClick={() => void store.insertPlan()}
          title={t.newPlanHint}
          data-testid="new-plan"
        >
          {t.newPlan}
        </Button>
      </div>
      {(state.problem || state.notice || state.error) && (
        <div className={styles.messages}>
          {state.problem && (
            <MessageBar intent="error" layout="multiline" className={styles.messageBar} data-testid="profile-error">
              <MessageBarBody>
                <MessageBarTitle>{state.problem.stored ? t.profileBadStored(state.problem.fileName) : t.profileBad(state.problem.fileName, state.problem.problems.length)}</MessageBarTitle>
                {!state.problem.stored && t.profileKept}
                <ul className={styles.problems} data-testid="profile-problems">
                  {state.problem.problems.slice(0, 12).map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                  {state.problem.problems.length > 12 && <li>{t.verdictMore(state.problem.problems.length - 12)}</li>}
                </ul>
              </MessageBarBody>
              {dismiss(() => store.dismissProblem())}
            </MessageBar>
          )}
          {state.notice && (
            <MessageBar intent="success" layout="multiline" className={styles.messageBar} data-testid="profile-notice">
              <MessageBarBody>
                {state.notice.kind === 'profile-loaded'
                  ? t.profileLoaded(state.notice.name)
                  : state.notice.kind === 'profile-reset'
                    ? t.profileResetDone
                    : t.planInserted(state.notice.sheet)}
              </MessageBarBody>
              {dismiss(() => store.dismissNotice())}
            </MessageBar>
          )}
          {state.error && (
            <MessageBar intent="error" layout="multiline" className={styles.messageBar} data-testid="profile-failure">
              <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
              {dismiss(() => store.dismissError())}
            </MessageBar>
          )}
        </div>
      )}
    </>
  );
}
