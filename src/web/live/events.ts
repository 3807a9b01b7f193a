import type { Query } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { LIVE_EVENT_NAMES, type ActChange, type LiveEventMap, type LiveEventName } from '../../domain/live-events.js';
import { ME_KEY, queryClient } from '../api.js';

/** How long invalidations are gathered before the pages refetch: a burst of acts costs one refetch. */
const GATHER_MS = 100;

/** What a page refetches after an event: everything it shows, or only what concerns one vote. */
type Scope = { readonly all: true } | { readonly vote: string };

/** The answers an event makes stale: a ballot changes only its vote's answers (the count); any other act, anything. */
export function scopeOf<E extends LiveEventName>(name: E, data: LiveEventMap[E]): Scope {
  if (name === 'ballot') return { vote: (data as LiveEventMap['ballot']).vote };
  return { all: true };
}

/** Whether a cached answer (keyed ['api', url]) is in `scopes`. Who is signed in is never refetched by events. */
function stale(query: Query, scopes: readonly Scope[]): boolean {
  const [root, url] = query.queryKey;
  if (root !== 'api' || typeof url !== 'string' || url === ME_KEY[1]) return false;
  return scopes.some((s) => ('all' in s ? true : url.includes(encodeURIComponent(s.vote)) || url.includes(s.vote)));
}

type ActListener = (change: ActChange) => void;
const actListeners = new Set<ActListener>();

/**
 * Calls `listener` with every act the events stream announces (kind, seq, what it touches), for a
 * page that tells its user what just happened (the desk's "in the room" notices). The stream is
 * the one useLiveEvents follows; the data itself is still refetched through the API.
 */
export function useLiveActs(listener: ActListener): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    const call: ActListener = (change) => latest.current(change);
    actListeners.add(call);
    return () => {
      actListeners.delete(call);
    };
  }, []);
}

/**
 * Follows GET /api/v1/events for as long as the app is open (one stream per page, opened once, in
 * App) and makes stale the cached answers each event concerns, so that every page shows what
 * another person just did without a reload (the pages shown refetch; others when next shown).
 * EventSource reconnects by itself with the last event's id, and the server sends what was
 * missed meanwhile (or `reset`, and everything is refetched). `document.documentElement.dataset.live`
 * says whether the stream is open ("open") or reconnecting ("connecting").
 */
export function useLiveEvents(): void {
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/events');
    let pending: Scope[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const scopes = pending;
      pending = [];
      void queryClient.invalidateQueries({ predicate: (query) => stale(query, scopes) });
    };
    const onEvent = (name: LiveEventName) => (message: MessageEvent<string>) => {
      let data: LiveEventMap[LiveEventName];
      try {
        data = JSON.parse(message.data) as LiveEventMap[LiveEventName];
      } catch {
        return;
      }
      if (name === 'act') for (const listener of actListeners) listener(data as ActChange);
      pending.push(scopeOf(name, data));
      timer ??= setTimeout(flush, GATHER_MS);
    };
    const listeners = LIVE_EVENT_NAMES.map((name) => [name, onEvent(name)] as const);
    for (const [name, listener] of listeners) source.addEventListener(name, listener);
    const state = () => {
      document.documentElement.dataset.live = source.readyState === EventSource.OPEN ? 'open' : 'connecting';
    };
    source.addEventListener('open', state);
    source.addEventListener('error', state);
    state();
    return () => {
      for (const [name, listener] of listeners) source.removeEventListener(name, listener);
      source.close();
      if (timer) clearTimeout(timer);
      delete document.documentElement.dataset.live;
    };
  }, []);
}
