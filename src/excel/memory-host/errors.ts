/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: `name` "RichApi.Error", a `code` from
 * `Excel.ErrorCodes` (or the RichApi request codes), a `message`, and `debugInfo`.
 */

export type MemoryErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'GeneralException'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RangeExceedsLimit';

export class MemoryOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** Office.js puts the failing statement here; we keep the operation's description. */
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: MemoryErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(type: string, property: string): MemoryOfficeError {
  return new MemoryOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

export function isMemoryOfficeError(error: unknown, code?: MemoryErrorCode): error is MemoryOfficeError {
  return error instanceof MemoryOfficeError && (code === undefined || error.code === code);
}
