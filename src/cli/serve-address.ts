import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a `plenary serve` holding a PGlite data directory answers, written beside its lock, so that
 * a command refused because the directory is busy can say where the web app does the same thing.
 * Removed when the server stops; one left by a server killed outright is ignored (its pid is gone).
 */
const NAME = '.plenary-serve.json';

export function writeServeAddress(dataDir: string, url: string): void {
  writeFileSync(join(dataDir, NAME), JSON.stringify({ pid: process.pid, url }));
}

export function removeServeAddress(dataDir: string): void {
  rmSync(join(dataDir, NAME), { force: true });
}

/** The address of the server running on `dataDir`, or null when none said where it is. */
export function readServeAddress(dataDir: string): string | null {
  try {
    const { pid, url } = JSON.parse(readFileSync(join(dataDir, NAME), 'utf8')) as { pid?: unknown; url?: unknown };
    if (typeof pid !== 'number' || typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
    process.kill(pid, 0);
    return url;
  } catch {
    return null;
  }
}
