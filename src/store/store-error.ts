/**
 * Why the store cannot be opened or used: a problem with where the data lives, not with the record.
 * `Busy`: another process owns the data directory. `NotADataDirectory`: the directory holds something
 * else. `Unusable`: the path cannot hold a database (a file, read-only, not creatable). `BadUrl`:
 * DATABASE_URL is not a PostgreSQL URL. `CannotConnect`: the server cannot be reached or refused us.
 * `Damaged`: the stored database cannot be read as written.
 */
export type StoreErrorKind = 'Busy' | 'NotADataDirectory' | 'Unusable' | 'BadUrl' | 'CannotConnect' | 'Damaged';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export function isStoreError(error: unknown, kind?: StoreErrorKind): error is StoreError {
  return error instanceof StoreError && (kind === undefined || error.kind === kind);
}
