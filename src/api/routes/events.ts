import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { concerns, touchesOf, type LiveEventMap, type LiveEventName, type Touches } from '../../domain/live-events.js';
import {
  findDraftPlaces,
  findVotePlaces,
  findVoters,
  lastSeq,
  readActIdentities,
} from '../../store/live-events.repository.js';
import type { DB } from '../../store/schema.js';
import { ProblemSchema } from '../problem.js';

/** How many recent events each process keeps in memory to resume a watcher without reading the journal. */
const RING = 10_000;
/** The most acts one read of the journal takes; a longer gap is read in several. */
const BATCH = 1_000;
/** How many watchers are written to before the event loop is let go (to answer requests meanwhile). */
const FAN_OUT_CHUNK = 500;
/** A watcher further behind than this is told to `reset` (refetch everything) rather than replayed act by act. */
const MAX_REPLAY = 5_000;
/** The longest rest between two fan-outs (see #pump). */
const MAX_REST_MS = 250;

/** One event, written once as SSE text and sent to every watcher it concerns. */
interface Sent {
  readonly seq: number;
  readonly touches: Touches | null;
  readonly text: string;
}

interface Watcher {
  readonly filter: Filter;
  /** The last seq sent (or skipped as not wanted); later events only. */
  cursor: number;
  write(text: string | Buffer): void;
}

export interface Filter {
  readonly session?: { body: string; session: string };
  readonly vote?: string;
  readonly draft?: string;
}

export interface EventHubOptions {
  /** Where an error reading the journal goes (it is retried). */
  readonly onError?: (error: unknown) => void;
}

/** An event as server-sent-events text: `id` is the journal seq (absent on a reset, whose stream position is its `seq`). */
export function sseText<E extends LiveEventName>(name: E, data: LiveEventMap[E], id: number | null): string {
  return `${id === null ? '' : `id: ${id}\n`}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The events of one process: told the journal's new head by the live journal's `appended` (this
 * process's appends and the ones caught up from others, in seq order), it reads the new acts'
 * identifiers from the journal once, makes one event per act and sends it to every watcher it
 * concerns. It keeps the last RING events so a watcher resumes (`Last-Event-ID`) without reading
 * the journal; older gaps are read from the journal. Reading the journal is retried until it
 * answers (a lost connection delays events, never drops one): `sent` only moves forward over acts
 * whose events were sent.
 */
export class EventHub {
  readonly #db: Kysely<DB>;
  readonly #onError: (error: unknown) => void;
  readonly #watchers = new Set<Watcher>();
  readonly #ring: Sent[] = [];
  /** Who has voted on each vote this process has seen a ballot of (States only; the count is what is sent). */
  readonly #voters = new Map<string, Set<string>>();
  #sent: number;
  #target: number;
  #queue: Promise<unknown> = Promise.resolve();
  #pumping = false;
  #closed = false;

  constructor(db: Kysely<DB>, head: number, options: EventHubOptions = {}) {
    this.#db = db;
    this.#sent = head;
    this.#target = head;
    this.#onError = options.onError ?? ((error) => console.error('plenary: reading the journal for events:', error));
  }

  /** The last seq whose event has been sent. */
  get seq(): number {
    return this.#sent;
  }

  get watchers(): number {
    return this.#watchers.size;
  }

  /** The journal has reached `seq`: send the events of the acts up to it (in order, after the ones before). */
  advance(seq: number): void {
    if (seq < this.#sent) {
      // The journal was restored behind this process: everyone starts again from its new head.
      this.#target = seq;
      void this.#serial(async () => this.#reset(seq));
      return;
    }
    if (seq <= this.#target) return;
    this.#target = seq;
    if (this.#pumping) return;
    this.#pumping = true;
    void this.#serial(() => this.#pump());
  }

  /**
   * Adds a watcher whose last event was `lastEventId` (null: from now on): the events after it are
   * sent first (from memory, or the journal), then every new one. Returns the removal.
   */
  async watch(filter: Filter, lastEventId: number | null, write: (text: string | Buffer) => void): Promise<() => void> {
    const watcher: Watcher = { filter, cursor: this.#sent, write };
    const replay = async () => {
      watcher.cursor = this.#sent;
      if (lastEventId === null || lastEventId === this.#sent) return;
      if (lastEventId > this.#sent) {
        // A seq this process has not sent yet (another process did, or the journal was cut short).
        const head = await lastSeq(this.#db);
        if (lastEventId > head) write(sseText('reset', { seq: this.#sent }, null));
        else watcher.cursor = lastEventId;
        return;
      }
      watcher.cursor = lastEventId;
      const oldest = this.#ring[0]?.seq ?? this.#sent + 1;
      if (lastEventId >= oldest - 1) {
        for (const sent of this.#ring) if (sent.seq > lastEventId) this.#send(watcher, sent);
        return;
      }
      if (this.#sent - lastEventId > MAX_REPLAY) {
        write(sseText('reset', { seq: this.#sent }, null));
        return;
      }
      for (let after = lastEventId; after < this.#sent;) {
        const batch = await this.#read(after, this.#sent);
        if (!batch.length) break;
        for (const sent of batch) this.#send(watcher, sent);
        after = batch.at(-1)?.seq ?? this.#sent;
      }
    };
    await this.#serial(async () => {
      await replay();
      // What was skipped (a reset, a replay cut short) is not sent later out of order.
      watcher.cursor = Math.max(watcher.cursor, this.#sent);
      this.#watchers.add(watcher);
    });
    return () => this.#watchers.delete(watcher);
  }

  /** Stops sending (the server is closing). */
  close(): void {
    this.#closed = true;
    this.#watchers.clear();
  }

  async #pump(): Promise<void> {
    let wait = 50;
    try {
      while (!this.#closed && this.#sent < this.#target) {
        let batch: Sent[];
        try {
          batch = await this.#read(this.#sent, this.#target);
        } catch (error) {
          this.#onError(error);
          await new Promise((resolve) => setTimeout(resolve, wait));
          wait = Math.min(wait * 2, 2_000);
          continue;
        }
        wait = 50;
        if (!batch.length) {
          // Announced but not there (a restored journal): nothing to send up to the target.
          this.#sent = this.#target;
          break;
        }
        for (const sent of batch) this.#ring.push(sent);
        const began = performance.now();
        await this.#fanOut(batch);
        this.#sent = batch.at(-1)?.seq ?? this.#sent;
        if (this.#ring.length > RING) this.#ring.splice(0, this.#ring.length - RING);
        // Rest as long as the fan-out took before the next one: the acts appended meanwhile go out in
        // one batch, so that ten thousand watchers take at most half of the event loop from the
        // requests (a fan-out per act held each ballot's acknowledgement behind 10,000 writes).
        const took = performance.now() - began;
        if (took >= 1) await new Promise((resolve) => setTimeout(resolve, Math.min(took, MAX_REST_MS)));
      }
    } finally {
      this.#pumping = false;
    }
  }

  /**
   * Sends `batch` to every watcher, one write each for the whole batch (under load batches grow,
   * and writes do not); the bytes for a watcher without filters are encoded once for all of them.
   * The event loop is let go every FAN_OUT_CHUNK watchers, so that requests (an append, its
   * acknowledgement) are not held up behind ten thousand writes.
   */
  async #fanOut(batch: readonly Sent[]): Promise<void> {
    const first = batch[0]?.seq ?? 0;
    const everything = Buffer.from(batch.map((sent) => sent.text).join(''));
    let n = 0;
    for (const watcher of [...this.#watchers]) {
      if (++n % FAN_OUT_CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!this.#watchers.has(watcher)) continue;
      if (watcher.cursor < first && !watcher.filter.session && !watcher.filter.vote && !watcher.filter.draft) {
        watcher.cursor = batch.at(-1)?.seq ?? watcher.cursor;
        watcher.write(everything);
        continue;
      }
      let text = '';
      for (const sent of batch) text += this.#wanted(watcher, sent) ? sent.text : '';
      if (text) watcher.write(text);
    }
  }

  #reset(seq: number): void {
    this.#sent = seq;
    this.#ring.length = 0;
    this.#voters.clear();
    const text = sseText('reset', { seq }, null);
    for (const watcher of this.#watchers) {
      watcher.cursor = seq;
      watcher.write(text);
    }
  }

  #send(watcher: Watcher, sent: Sent): void {
    if (this.#wanted(watcher, sent)) watcher.write(sent.text);
  }

  /** Whether `watcher` is to be sent `sent` (later than its cursor, and concerning it); moves its cursor past it. */
  #wanted(watcher: Watcher, sent: Sent): boolean {
    if (sent.seq <= watcher.cursor) return false;
    watcher.cursor = sent.seq;
    return !sent.touches || concerns(sent.touches, watcher.filter);
  }

  /** The events of the acts after `after` up to `upTo` (at most BATCH), with the places their entities belong to. */
  async #read(after: number, upTo: number): Promise<Sent[]> {
    const acts = await readActIdentities(this.#db, after, upTo, BATCH);
    const own = acts.map(({ act }) => touchesOf(act));
    const votes = await findVotePlaces(this.#db, [...new Set(own.flatMap((t) => (t.vote ? [t.vote] : [])))]);
    const subjects = [...votes.values()].flatMap((v) => (v.subject ? [v.subject] : []));
    const drafts = await findDraftPlaces(this.#db, [...new Set([...own.flatMap((t) => t.drafts), ...subjects])]);
    const sent: Sent[] = [];
    for (const [i, { seq, act, state }] of acts.entries()) {
      const touches = placed(own[i] ?? touchesOf(act), votes, drafts);
      if (act.kind === 'ballotCast' && touches.vote) {
        const voted = await this.#voted(touches.vote, seq, state);
        const data = { ...touches, seq, vote: touches.vote, voted };
        sent.push({ seq, touches, text: sseText('ballot', data, seq) });
      } else {
        if (act.kind === 'voteClosed' && touches.vote) this.#voters.delete(touches.vote);
        sent.push({ seq, touches, text: sseText('act', { ...touches, seq, kind: act.kind }, seq) });
      }
    }
    return sent;
  }

  async #voted(vote: string, seq: number, state: string | null): Promise<number | null> {
    let voters = this.#voters.get(vote);
    if (!voters) {
      voters = await findVoters(this.#db, vote, seq);
      this.#voters.set(vote, voters);
    } else if (state) voters.add(state);
    return state ? voters.size : null;
  }

  /** Runs `fn` after every call before it: events are made and sent in seq order, and a watcher joins between two. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }
}

/** An act's own entities completed with where they belong: a vote's session and subject, a draft's session, an amendment's draft. */
function placed(
  own: ReturnType<typeof touchesOf>,
  votes: ReadonlyMap<string, { body: string; session: string | null; subject: string | null }>,
  drafts: ReadonlyMap<string, { body: string; session: string; draft: string | null }>,
): Touches {
  let { body, session } = own;
  const symbols = new Set(own.drafts);
  const vote = own.vote ? votes.get(own.vote) : undefined;
  if (vote) {
    body ??= vote.body;
    session ??= vote.session;
    if (vote.subject) symbols.add(vote.subject);
  }
  for (const symbol of [...symbols]) {
    const place = drafts.get(symbol);
    if (!place) continue;
    if (place.draft) symbols.add(place.draft);
    body ??= place.body;
    session ??= place.session;
  }
  return { body, session, drafts: [...symbols], vote: own.vote };
}

const EventsQuery = z.object({
  session: z
    .string()
    .regex(/^[A-Za-z]{2,8}\/(S-)?\d{1,3}$/, 'expected a body and a session such as HRC/34')
    .transform((s) => {
      const [body = '', session = ''] = s.split('/');
      return { body: body.toUpperCase(), session };
    })
    .optional(),
  vote: z.string().min(1).max(200).optional(),
  draft: z.string().min(1).max(100).optional(),
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/, 'expected the seq of the last event received')
    .optional(),
});

const LastEventId = z
  .string()
  .regex(/^\d{1,15}$/, 'expected the seq of the last event received (the id of an event)')
  .optional();

export interface EventRoutesOptions {
  /** How often a comment line keeps a quiet stream open through proxies (15 s). */
  readonly heartbeatMs?: number;
}

/**
 * GET /api/v1/events: the journal's acts as server-sent events, each `id` its seq; `Last-Event-ID`
 * (or `?lastEventId=`) resumes after that seq, the missed events sent first; `?session=HRC/34`,
 * `?vote=ID` and `?draft=SYMBOL` keep only the events that concern them. A comment line every
 * `heartbeatMs` keeps the connection open through proxies.
 */
export function eventRoutes(app: FastifyInstance, hub: EventHub, { heartbeatMs = 15_000 }: EventRoutesOptions = {}) {
  const open = new Set<FastifyReply>();
  app.addHook('onClose', async () => {
    hub.close();
    for (const reply of open) reply.raw.end();
  });
  app.route({
    method: 'GET',
    url: '/api/v1/events',
    schema: {
      summary: 'What changes in the record, as it happens (server-sent events)',
      description:
        "A stream (text/event-stream) with one event per act that enters the journal, its `id` the act's seq. " +
        'Events say what changed, never the data: `act` {seq, kind, body, session, drafts, vote}; `ballot` ' +
        '{seq, vote, voted, …} for a ballot cast on an open vote (never its position); `reset` {seq} when the ' +
        'stream cannot resume where asked (refetch everything). Send `Last-Event-ID` (or `?lastEventId=`) to ' +
        'resume after that seq: the events missed are sent first. A comment line every 15 s keeps it open.',
      tags: ['live'],
      operationId: 'events',
      querystring: EventsQuery,
      headers: z.object({ 'last-event-id': LastEventId }),
      response: {
        200: {
          description:
            'An endless stream of server-sent events (see the description); the events are typed in src/domain/live-events.ts',
          content: { 'text/event-stream': { schema: z.string() } },
        },
        400: {
          description: 'Invalid request: each parameter at fault is named in `errors`',
          content: { 'application/problem+json': { schema: ProblemSchema } },
        },
      },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as z.output<typeof EventsQuery>;
      const header = (request.headers as { 'last-event-id'?: string })['last-event-id'];
      const resumeFrom = header ?? query.lastEventId;
      const filter: Filter = {
        ...(query.session ? { session: query.session } : {}),
        ...(query.vote ? { vote: query.vote } : {}),
        ...(query.draft ? { draft: query.draft } : {}),
      };
      const raw = reply.raw;
      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // nginx and others buffer answers unless told not to.
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: 1000\n: ${hub.seq}\n\n`);
      raw.socket?.setNoDelay(true);
      let stop: (() => void) | null = null;
      let closed = false;
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatMs);
      const end = () => {
        closed = true;
        clearInterval(heartbeat);
        stop?.();
        open.delete(reply);
      };
      raw.on('close', end);
      open.add(reply);
      let remove: () => void;
      try {
        remove = await hub.watch(filter, resumeFrom === undefined ? null : Number(resumeFrom), (text) => {
          if (!closed) raw.write(text);
        });
      } catch (error) {
        // The journal could not be read for the replay: the client reconnects (retry: 1000) and asks again.
        request.log.warn({ err: error }, 'replaying events failed');
        end();
        raw.end();
        return;
      }
      if (closed) remove();
      else stop = remove;
    },
  });
}
