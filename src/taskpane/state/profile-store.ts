/**
 * The profile in force and «Новый план», outside React. A region's profile is loaded from a JSON
 * file picked in the pane, checked with the zod schema (every problem listed, in the pane's
 * language), and kept in the workbook's settings so it is in force the next time the workbook is
 * opened; without one the built-in default serves. «Новый план» adds a roadmap sheet in the
 * profile's structure.
 */
import type { Language } from '../../core/findings';
import { DEFAULT_PROFILE } from '../../core/profile/default-profile';
import type { Profile } from '../../core/profile/schema';
import type { WorkbookPort } from '../../excel/workbook-port';
import { newPlanSheet } from './new-plan';

/** The checks of a profile file (profile-problems.ts). */
export type ProfileChecks = Pick<typeof import('./profile-problems.js'), 'checkProfileJson' | 'checkProfileText'>;

/** The checks need zod: loaded the first time a profile is read, so the pane's first paint does not wait for it. */
const loadProfileChecks = (): Promise<ProfileChecks> => import('./profile-problems.js');

export type ProfileSource = 'default' | 'workbook';
export type ProfileBusy = 'load' | 'plan' | null;

export interface ProfileProblem {
  /** The file that could not be used ('' when unknown). */
  fileName: string;
  problems: string[];
  /** The profile kept in the workbook is the bad one (it was not replaced by a file just picked). */
  stored: boolean;
}

export type ProfileNotice = { kind: 'profile-loaded'; name: string } | { kind: 'profile-reset' } | { kind: 'plan-inserted'; sheet: string };

export interface ProfileState {
  profile: Profile;
  source: ProfileSource;
  /** The file the profile came from, when it came from one. */
  fileName: string | null;
  problem: ProfileProblem | null;
  busy: ProfileBusy;
  notice: ProfileNotice | null;
  error: string | null;
}

export interface ProfileStoreOptions {
  port: WorkbookPort;
  language: Language;
  /** Called after the profile in force changed (to re-run the last check). */
  onChange?: (profile: Profile) => void;
  now?: () => Date;
  /** The profile checks; by default loaded (with zod) on first use. Tests pass them in: jest runs no dynamic import(). */
  checks?: () => Promise<ProfileChecks>;
}

const UNSUPPORTED = {
  ru: 'Эта версия Excel не умеет хранить профиль в книге или добавлять листы из надстройки.',
  en: 'This version of Excel cannot keep a profile in the workbook or add sheets from an add-in.',
};

export class ProfileStore {
  private state: ProfileState = { profile: DEFAULT_PROFILE, source: 'default', fileName: null, problem: null, busy: null, notice: null, error: null };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();

  private language: Language;

  constructor(private readonly options: ProfileStoreOptions) {
    this.language = options.language;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ProfileState => this.state;

  /** The language of what the store says from now on (the preview switches it; a result already shown keeps its own). */
  setLanguage(language: Language): void {
    this.language = language;
  }

  /** The profile in force, for the checks and the consolidation. */
  readonly profile = (): Profile => this.state.profile;

  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Reads the profile kept in the workbook, if any. */
  start(): Promise<void> {
    return this.run('load', async () => {
      const stored = this.options.port.loadProfile ? await this.options.port.loadProfile() : null;
      if (!stored) return;
      const { checkProfileJson } = await (this.options.checks ?? loadProfileChecks)();
      const check = checkProfileJson(stored.json, this.language);
      if (check.ok) this.apply({ profile: check.profile, source: 'workbook', fileName: stored.fileName, problem: null });
      else this.set({ problem: { fileName: stored.fileName ?? '', problems: check.problems, stored: true } });
    });
  }

  /** A profile file picked in the pane: checked, then kept in the workbook and put in force. A bad one changes nothing. */
  loadFile(fileName: string, text: string): Promise<void> {
    return this.run('load', async () => {
      const { checkProfileText } = await (this.options.checks ?? loadProfileChecks)();
      const check = checkProfileText(text, this.language);
      if (!check.ok) {
        this.set({ problem: { fileName, problems: check.problems, stored: false }, notice: null });
        return;
      }
      const port = this.options.port;
      if (!port.saveProfile) throw new Error(UNSUPPORTED[this.language]);
      await port.saveProfile({ json: JSON.parse(text.replace(/^\uFEFF/, '')), fileName });
      this.apply({ profile: check.profile, source: 'workbook', fileName, problem: null, notice: { kind: 'profile-loaded', name: check.profile.name } });
    });
  }

  /** Back to the built-in profile: the one kept in the workbook is removed. */
  reset(): Promise<void> {
    return this.run('load', async () => {
      await this.options.port.saveProfile?.(null);
      this.apply({ profile: DEFAULT_PROFILE, source: 'default', fileName: null, problem: null, notice: { kind: 'profile-reset' } });
    });
  }

  /** Adds a roadmap sheet in the profile's structure (a new name when «Дорожная карта» is taken) and activates it. */
  insertPlan(): Promise<void> {
    return this.run('plan', async () => {
      const port = this.options.port;
      if (!port.addSheets) throw new Error(UNSUPPORTED[this.language]);
      const year = (this.options.now ?? (() => new Date()))().getFullYear();
      const [sheet] = await port.addSheets([newPlanSheet(this.state.profile, { language: this.language, year })], { activate: 0 });
      this.set({ notice: { kind: 'plan-inserted', sheet } });
    });
  }

  dismissProblem(): void {
    this.set({ problem: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  private apply(patch: Partial<ProfileState>): void {
    const before = this.state.profile;
    this.set(patch);
    if (this.state.profile !== before) this.options.onChange?.(this.state.profile);
  }

  private run(busy: ProfileBusy, work: () => Promise<void>): Promise<void> {
    const task = this.queue.then(async () => {
      this.set({ busy, error: null });
      try {
        await work();
      } catch (error) {
        this.set({ error: error instanceof Error ? error.message || error.name : String(error) });
      } finally {
        this.set({ busy: null });
      }
    });
    this.queue = task;
    return task;
  }

  private set(patch: Partial<ProfileState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
