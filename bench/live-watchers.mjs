// SSE watchers for bench/live.ts, in plain JavaScript (a child process: tsx's loader is not needed).
// Opens `count` raw HTTP connections to GET /api/v1/events, round-robin over the given servers,
// and notes, for every event id, when each connection received it. The parent asks over IPC:
//   { ask: 'ready' }          → { ready: n } once n streams have answered 200
//   { ask: 'seq', seq, wait } → { seq, count, last, times } (when each watcher had it, ms since timeOrigin)
//   { ask: 'stop' }           → closes every connection and exits
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';

const [count, ...bases] = process.argv.slice(2);
const total = Number(count);
const clock = () => performance.timeOrigin + performance.now();
/** seq → arrival time per connection (index) */
const arrivals = new Map();
const sockets = [];
let ready = 0;

/** Opens watcher `i`; a connection refused or reset before its stream began (a full listen backlog) is tried again. */
function open(i, attempt = 0) {
  const url = new URL(bases[i % bases.length]);
  const socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
  socket.setEncoding('latin1');
  let tail = '';
  let started = false;
  socket.on('connect', () =>
    socket.write(`GET /api/v1/events HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`),
  );
  socket.on('data', (chunk) => {
    const now = clock();
    const text = tail + chunk;
    if (!started && text.startsWith('HTTP/1.1 200')) {
      started = true;
      ready++;
    }
    const ids = /\nid: (\d+)\n/g;
    for (let m = ids.exec(text); m; m = ids.exec(text)) {
      const seq = Number(m[1]);
      let times = arrivals.get(seq);
      if (!times) arrivals.set(seq, (times = new Float64Array(total)));
      if (times[i] === 0) times[i] = now;
    }
    tail = text.slice(-24);
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    if (!started && !stopping && attempt < 50) setTimeout(() => open(i, attempt + 1), 50 + Math.random() * 200);
  });
  sockets[i] = socket;
}

let stopping = false;
for (let i = 0; i < total; i++) {
  open(i);
  // Opening thousands at once overflows the listen backlog: a short pause every 200.
  if (i % 200 === 199) await new Promise((resolve) => setTimeout(resolve, 20));
}

process.on('message', async (message) => {
  if (message.ask === 'ready') {
    const until = Date.now() + 240_000;
    while (ready < total && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    process.send({ ready });
  } else if (message.ask === 'seq') {
    const until = Date.now() + (message.wait ?? 10_000);
    const have = () => {
      const times = arrivals.get(message.seq);
      return times ? times.reduce((n, t) => n + (t > 0 ? 1 : 0), 0) : 0;
    };
    while (have() < total && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
    const times = [...(arrivals.get(message.seq) ?? [])].filter((t) => t > 0);
    process.send({ seq: message.seq, count: times.length, last: Math.max(0, ...times), times });
  } else if (message.ask === 'stop') {
    stopping = true;
    for (const socket of sockets) socket.destroy();
    process.exit(0);
  }
});
process.send({ started: total });
// The bench stopped (or was stopped): nothing more to measure.
process.on('disconnect', () => process.exit(0));
