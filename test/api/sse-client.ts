import { request, type IncomingMessage } from 'node:http';

/** One server-sent event as received. */
export interface Received {
  readonly id: number | null;
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** A watcher of an event stream over real HTTP: what it received, and a way to wait for more. */
export interface Watcher {
  readonly events: Received[];
  readonly comments: string[];
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  /** Waits until an event satisfies `test` (received before or after the call), or fails after `ms`. */
  until(test: (e: Received) => boolean, ms?: number, what?: string): Promise<Received>;
  /** Waits until a comment line satisfies `test`. */
  untilComment(test: (c: string) => boolean, ms?: number): Promise<string>;
  /** The last id received (what Last-Event-ID would say). */
  lastId(): number | null;
  close(): void;
}

/**
 * Opens `url` (an /api/v1/events URL on a listening server) and parses the stream as the
 * EventSource standard does: fields `id`, `event`, `data`, comments (lines starting with ":"), an
 * empty line ends an event.
 */
export function watch(url: string, headers: Record<string, string> = {}): Promise<Watcher> {
  return new Promise((resolve, reject) => {
    const events: Received[] = [];
    const comments: string[] = [];
    const waiters = new Set<() => void>();
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      let current: { id: number | null; event: string; data: string[] } = { id: null, event: 'message', data: [] };
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
          const line = buffer.slice(0, at);
          buffer = buffer.slice(at + 1);
          if (line === '') {
            if (current.data.length)
              events.push({ id: current.id, event: current.event, data: JSON.parse(current.data.join('\n')) });
            current = { id: null, event: 'message', data: [] };
          } else if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') current.id = Number(value);
            else if (field === 'event') current.event = value;
            else if (field === 'data') current.data.push(value);
          }
        }
        for (const wake of waiters) wake();
      });
      const wait = <T>(find: () => T | undefined, ms: number, what: string) =>
        new Promise<T>((ok, fail) => {
          const check = () => {
            const found = find();
            if (found === undefined) return;
            waiters.delete(check);
            clearTimeout(timer);
            ok(found);
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            fail(new Error(`no ${what} within ${ms} ms; received ${JSON.stringify(events.slice(-5))}`));
          }, ms);
          waiters.add(check);
          check();
        });
      resolve({
        events,
        comments,
        status: res.statusCode ?? 0,
        headers: res.headers,
        until: (test, ms = 5000, what = 'such event') => wait(() => events.find(test), ms, what),
        untilComment: (test, ms = 5000) => wait(() => comments.find(test), ms, 'such comment'),
        lastId: () => [...events].reverse().find((e) => e.id !== null)?.id ?? null,
        close: () => {
          req.destroy();
          res.destroy();
        },
      });
    });
    req.on('error', reject);
    req.end();
  });
}
