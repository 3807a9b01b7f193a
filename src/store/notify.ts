import pg from 'pg';

/**
 * The channel appends are announced on: one per schema, so that stores in other schemas of the
 * same database (tests, several deployments) do not wake each other. The trigger on journal_head
 * (migration 2026_12_07_00_50_00_journal_notify) sends on the same name.
 * @example channelOf('public') // 'plenary_journal_public'
 */
export function channelOf(schema: string): string {
  return `plenary_journal_${schema}`.slice(0, 63);
}

export interface JournalListener {
  /** Whether LISTEN is in place now (events from other processes arrive as they are appended). */
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface JournalListenerOptions {
  readonly url: string;
  /** The schema the store uses (public when none is given). */
  readonly schema?: string | undefined;
  /** Called with the seq of each append notified, by any process (this one's too). */
  readonly onNotify: (seq: number) => void;
  /**
   * Called once LISTEN is in place, at the start and after every reconnection: acts appended while
   * nobody listened were not notified, so the caller catches up from the journal here.
   */
  readonly onListening: () => void;
  /** Told of each lost connection and failed attempt (it is retried). */
  readonly onError?: (error: unknown) => void;
  /** The first wait before reconnecting (100 ms), doubled each failure up to `maxBackoffMs` (5 s). */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
}

/**
 * A dedicated PostgreSQL connection that LISTENs for appends (a pool's connections come and go,
 * and LISTEN belongs to one session). When the connection is lost (the server restarts, the
 * backend is terminated) it reconnects with a growing wait and calls `onListening` again, so that
 * the caller takes in what was appended meanwhile. NOTIFY is delivered at commit, in commit order;
 * the payload is the appended seq, and the caller reads the acts themselves from the journal.
 */
export async function listenForAppends(options: JournalListenerOptions): Promise<JournalListener> {
  const { url, schema, onNotify, onListening, onError = () => {} } = options;
  const backoffMs = options.backoffMs ?? 100;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const channel = pg.escapeIdentifier(channelOf(schema ?? 'public'));
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let wait = backoffMs;
  let timer: NodeJS.Timeout | null = null;

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, wait);
    wait = Math.min(wait * 2, maxBackoffMs);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, keepAlive: true });
    const lost = (error?: unknown) => {
      if (client !== c) return;
      client = null;
      listening = false;
      if (error) onError(error);
      c.removeAllListeners('notification');
      void c.end().catch(() => {});
      retry();
    };
    c.on('error', lost);
    c.on('end', () => lost(closed ? undefined : new Error('the LISTEN connection to PostgreSQL ended')));
    c.on('notification', (message) => {
      const seq = Number(message.payload);
      if (Number.isSafeInteger(seq)) onNotify(seq);
    });
    client = c;
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (error) {
      if (client === c) lost(error);
      else void c.end().catch(() => {});
      return;
    }
    if (closed) return void (await c.end().catch(() => {}));
    listening = true;
    wait = backoffMs;
    onListening();
  };

  // A first failure is retried like a later one: the server starts regardless (its cache then reads the head itself).
  await connect();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => {});
    },
  };
}
