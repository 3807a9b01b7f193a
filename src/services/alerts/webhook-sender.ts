import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { refusedAddress, type AllowList } from './policy.js';
import { EVENT_ID_HEADER, signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './event.js';

/** What one try at a webhook gave: its HTTP status, or the error; the start of the answer, as plain text. */
export interface SendResult {
  readonly ok: boolean;
  readonly status: number | null;
  readonly error: string | null;
  /** At most RESPONSE_KEPT characters of the receiver's answer, control characters removed. Never HTML: shown as text. */
  readonly response: string | null;
  readonly ms: number;
}

export const RESPONSE_KEPT = 500;

export class WebhookUrlError extends Error {}

/**
 * Checks a webhook URL before it is saved: http or https, no credentials in it, and a host that is
 * (or resolves only to) addresses the policy allows. Throws a WebhookUrlError saying what is wrong.
 */
export async function checkWebhookUrl(text: string, allow: AllowList): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookUrlError('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookUrlError('expected an http or https URL');
  if (url.username || url.password) throw new WebhookUrlError('a webhook URL carries no user name or password');
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolveAll(host);
  for (const address of addresses) {
    const why = refusedAddress(address, allow);
    if (why)
      throw new WebhookUrlError(
        `${host} is ${address === host ? '' : `${address}, `}a ${why} address, which webhooks may not reach`,
      );
  }
  return url;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error
        ? reject(new WebhookUrlError(`${host} does not resolve (${error.code ?? error.message})`))
        : resolve(addresses.map((a) => a.address)),
    ),
  );
}

/**
 * A DNS lookup that refuses addresses the policy forbids, used by the socket itself: the address
 * checked is the address connected to (a name that resolves elsewhere between a check and the
 * request, DNS rebinding, gains nothing).
 */
function guardedLookup(allow: AllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return (callback as (e: Error) => void)(error);
      const list = addresses as unknown as Array<{ address: string; family: number }>;
      for (const a of list) {
        const why = refusedAddress(a.address, allow);
        if (why)
          return (callback as (e: Error) => void)(
            new WebhookUrlError(`${hostname} resolves to ${a.address}, a ${why} address`),
          );
      }
      if (options.all) return (callback as (e: null, a: typeof list) => void)(null, list);
      const first = list[0];
      if (!first) return (callback as (e: Error) => void)(new WebhookUrlError(`${hostname} has no address`));
      (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
    });
  };
}

/** Sends signed JSON to webhooks: keep-alive connections, a time limit per try, no redirects followed. */
export class WebhookSender {
  readonly #allow: AllowList;
  readonly #timeoutMs: number;
  readonly #lookup: LookupFunction;
  readonly #agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };

  constructor(options: { allow: AllowList; timeoutMs?: number }) {
    this.#allow = options.allow;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#lookup = guardedLookup(this.#allow);
  }

  /** POSTs `body` (JSON text) to `url`, signed with `secret` at `timestamp` (Unix seconds). Never throws. */
  send(url: string, secret: string, eventId: string, body: string, timestamp: number): Promise<SendResult> {
    const started = performance.now();
    const done = (r: Omit<SendResult, 'ms'>): SendResult => ({ ...r, ms: Math.round(performance.now() - started) });
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return resolve(done({ ok: false, status: null, error: 'not a URL', response: null }));
      }
      const host = hostOf(target);
      // A literal address is connected to without a lookup: it is checked here.
      const why = isIP(host) ? refusedAddress(host, this.#allow) : null;
      if (why) return resolve(done({ ok: false, status: null, error: `${host} is a ${why} address`, response: null }));
      const lib = target.protocol === 'https:' ? https : http;
      const request = lib.request(
        target,
        {
          method: 'POST',
          agent: target.protocol === 'https:' ? this.#agents.https : this.#agents.http,
          lookup: this.#lookup,
          timeout: this.#timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'Plenary-Webhooks/1',
            [EVENT_ID_HEADER]: eventId,
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            if (text.length < RESPONSE_KEPT) text += chunk;
          });
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            const ok = status >= 200 && status < 300;
            resolve(done({ ok, status, error: ok ? null : `answered ${status}`, response: cleanResponse(text) }));
          });
          response.on('error', (error) =>
            resolve(done({ ok: false, status: null, error: error.message, response: null })),
          );
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.#timeoutMs} ms`)));
      request.on('error', (error) => resolve(done({ ok: false, status: null, error: error.message, response: null })));
      request.end(body);
    });
  }

  close(): void {
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }
}

/** A receiver's answer as kept: its first RESPONSE_KEPT characters, without control characters. */
export function cleanResponse(text: string): string | null {
  const clean = text.slice(0, RESPONSE_KEPT).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return clean.length ? clean : null;
}
