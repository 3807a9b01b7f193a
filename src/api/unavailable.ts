import { isStoreError } from '../store/store-error.js';

/** SQLSTATEs that mean the database cannot serve us right now: connection exceptions (class 08), shutdown and restart, too many connections. */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
/** System errors of a socket to the database. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** What node-postgres says when a connection is lost or cannot be had (its errors carry no code). */
const LOST =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable|terminating connection due to administrator command/i;

/**
 * Whether `error` (or one of its causes) says the database connection was lost or cannot be had:
 * nothing was committed, and the same request may succeed in a moment. The API answers these with
 * 503 and Retry-After instead of 500; the pool opens a new connection for the next request.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (isStoreError(e, 'CannotConnect')) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && LOST.test(message)) return true;
  }
  return false;
}
