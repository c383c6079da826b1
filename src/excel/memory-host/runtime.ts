/**
 * Microsoft's Excel runtime (`@microsoft/office-js` `dist/excel-web-16.00.js`) wired to an
 * in-memory server instead of Excel: every batch goes to the server through
 * `OfficeExtension.HttpUtility.setCustomSendRequestFunc`, and events come back through the
 * runtime's own `_testTriggerRichApiMessageEvent`. Proxies, `load`, `sync`, `PropertyNotLoaded`,
 * request serialisation and sizes are then the runtime's, not ours.
 *
 * The runtime is loaded by whoever has it: a `vm` context in Node (`node-runtime.ts`), a
 * <script> served beside the preview page in the browser. This file only wires it, and stays
 * free of Node and the DOM.
 */

/** The global object the runtime file ran in: it defines `Excel`, `OfficeExtension`, `Office`. */
export interface RuntimeGlobal {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  Office: typeof Office;
}

/** What a batch of Office.js hands the server, and what it gets back. */
export interface RuntimeTransport {
  url: string;
  send(request: { url: string; body: unknown }): Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
}

interface RuntimeInternals {
  HttpUtility: { setCustomSendRequestFunc(send: RuntimeTransport['send']): void };
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  _testSetRichApiMessageReadyImpl(ready: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(message: unknown): void;
}

/** The `Office.context` a task pane reads: language, theme, platform, requirement sets. */
export interface OfficeContextStub {
  displayLanguage: string;
  contentLanguage: string;
  host: string;
  platform: string;
  officeTheme?: Record<string, unknown>;
  requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  diagnostics: { host: string; platform: string; version: string };
  document: { url: string };
}

/** The runtime's event id for WorksheetCollection.onChanged, and the event category of RichApi messages. */
const WORKSHEET_COLLECTION_CHANGED = 10;
const EVENT_MESSAGE_CATEGORY = 65536;

export class WiredRuntime {
  private readonly original: typeof Office;

  constructor(readonly global: RuntimeGlobal) {
    if (!global.Excel || !global.OfficeExtension) throw new Error('Microsoft\'s Excel runtime (excel-web-16.00.js) is not loaded.');
    this.original = global.Office;
  }

  get Excel(): typeof Excel {
    return this.global.Excel;
  }

  get OfficeExtension(): typeof OfficeExtension {
    return this.global.OfficeExtension;
  }

  private get internals(): RuntimeInternals {
    return this.global.OfficeExtension as unknown as RuntimeInternals;
  }

  /**
   * Every batch to this transport from now on. `Office` becomes Microsoft's namespace with our
   * `context` in front: the runtime reads `Office.context.requirements` for what it may call.
   */
  connect(transport: RuntimeTransport, context: OfficeContextStub): void {
    this.internals.HttpUtility.setCustomSendRequestFunc((request) => transport.send(request));
    // A string: the runtime checks an object for its own realm's Object.prototype.
    this.internals.ClientRequestContext.defaultRequestUrlAndHeaders = transport.url;
    this.internals._testSetRichApiMessageReadyImpl(() => Promise.resolve());
    this.global.Office = Object.create(this.original, { context: { value: context, enumerable: true } }) as typeof Office;
  }

  /** A WorksheetChanged event, as Excel posts it to the add-in. */
  postWorksheetChanged(args: Record<string, unknown>): void {
    this.internals._testTriggerRichApiMessageEvent({
      entries: [{ messageCategory: EVENT_MESSAGE_CATEGORY, messageType: WORKSHEET_COLLECTION_CHANGED, targetId: 'Workbook', message: JSON.stringify(args) }],
    });
  }
}
