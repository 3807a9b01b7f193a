import { buildServer, type AlertsOptions, type TrustProxy } from '../../api/server.js';
import { smtpMailer } from '../../services/alerts/mailer.js';
import { parseAllowList } from '../../services/alerts/policy.js';
import { cacheBytesFromEnv } from '../../api/cache.js';
import { openStore } from '../../store/engine.js';
import { seedBuiltin, storeOptions, wantsBuiltin, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { removeServeAddress, writeServeAddress } from '../serve-address.js';

/** Serves the API and the web app until SIGTERM or SIGINT, then closes connections and the database. */
export async function serveCommand(
  opts: GlobalOptions & { port?: string; host?: string; trustProxy?: string },
): Promise<void> {
  const port = Number(opts.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port ${opts.port}: expected a port number`);
  let cacheMaxBytes: number;
  try {
    cacheMaxBytes = cacheBytesFromEnv();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const trustProxy = trustProxyOf(opts.trustProxy ?? process.env.PLENARY_TRUST_PROXY);
  const host = opts.host ?? '127.0.0.1';
  let alerts: AlertsOptions;
  try {
    alerts = alertsOptionsFromEnv(process.env, `http://${host}:${port}`);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const options = storeOptions(opts);
  const store = await openStore(options);
  if (wantsBuiltin(opts)) await seedBuiltin(store);
  // On PostgreSQL other `plenary serve` processes (and imports) may append: LISTEN for them.
  const app = await buildServer({
    store,
    cacheMaxBytes,
    trustProxy,
    alerts,
    // Only an address set on purpose: the one listened on is seldom the one people reach.
    ...(process.env.PLENARY_PUBLIC_URL ? { publicUrl: process.env.PLENARY_PUBLIC_URL } : {}),
    ...(options.databaseUrl ? { listen: { url: options.databaseUrl } } : {}),
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    if (store.engine === 'pglite') removeServeAddress(options.dataDir);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const address = await app.listen({ port, host: opts.host ?? '127.0.0.1' });
  // A `plenary users` refused while this server holds the directory names the web app's accounts page.
  if (store.engine === 'pglite') writeServeAddress(options.dataDir, address);
  // The port it listens on: the one asked for, or the one the system chose for --port 0.
  const bound = app.server.address();
  const listening = typeof bound === 'object' && bound ? bound.port : port;
  app.log.info(
    { data: store.location, engine: store.engine },
    `Plenary at http://${opts.host ?? '127.0.0.1'}:${listening}/ (API docs: /api/docs)`,
  );
}

/**
 * What --trust-proxy (or PLENARY_TRUST_PROXY) says, as Fastify's trustProxy takes it.
 * @example trustProxyOf('1') // one proxy in front (the nearest hop is trusted); trustProxyOf('10.0.0.1,10.0.0.2') // ['10.0.0.1', '10.0.0.2']
 */
export function trustProxyOf(text: string | undefined): TrustProxy | undefined {
  if (text === undefined || text === '' || text === 'false') return undefined;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    // The nth hop from the server: trusted while fewer than `hops` proxies are counted.
    return (_address: string, hop: number) => hop < hops;
  }
  const list = text.split(',').map((part) => part.trim());
  if (list.some((part) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(part)))
    throw new UsageError(
      `--trust-proxy ${text}: expected true, a number of proxies, or their addresses/CIDRs separated by commas (10.0.0.1,10.0.1.0/24)`,
    );
  return list;
}

/**
 * The alerts' settings from the environment (docs/alerts.md): PLENARY_PUBLIC_URL (links; the
 * listening address by default), PLENARY_WEBHOOK_ALLOW (addresses or CIDRs webhooks may reach
 * beyond public ones), PLENARY_WEBHOOK_TIMEOUT_MS (10000), PLENARY_SMTP_URL and PLENARY_MAIL_FROM
 * (email; none sent without them), PLENARY_DIGEST_HOUR (UTC, 7), PLENARY_ALERTS=off (this process
 * runs no delivery worker: another does).
 */
export function alertsOptionsFromEnv(env: NodeJS.ProcessEnv, listening: string): AlertsOptions {
  const number = (name: string, min: number, max: number): number | undefined => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`${name}=${text}: expected a whole number from ${min} to ${max}`);
    return n;
  };
  const smtp = env.PLENARY_SMTP_URL;
  const timeoutMs = number('PLENARY_WEBHOOK_TIMEOUT_MS', 100, 120_000);
  const digestHourUtc = number('PLENARY_DIGEST_HOUR', 0, 23);
  return {
    allow: parseAllowList(env.PLENARY_WEBHOOK_ALLOW),
    publicUrl: env.PLENARY_PUBLIC_URL || listening,
    worker: env.PLENARY_ALERTS !== 'off',
    mailer: smtp ? smtpMailer(smtp, env.PLENARY_MAIL_FROM || 'Plenary <plenary@localhost>') : null,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(digestHourUtc === undefined ? {} : { digestHourUtc }),
  };
}
