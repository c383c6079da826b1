/**
 * An error as Excel reports it on the wire: a code from `Excel.ErrorCodes` (or the RichApi
 * request codes), a message, where it happened, and the HTTP status Excel gives it. The server
 * turns it into the response body's `Error`; Microsoft's runtime turns that into the
 * `OfficeExtension.Error` the add-in catches.
 */
export class ExcelError extends Error {
  override readonly name = 'ExcelError';

  constructor(
    readonly code: string,
    message: string,
    readonly location?: string,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 400;
  }
}

const HTTP_STATUS: Record<string, number> = {
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  AccessDenied: 403,
  GeneralException: 500,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
  InvalidOperationInCellEditMode: 400,
};
