#!/usr/bin/env node
// Runs the CLI compiled to lib/ (npm ci's prepare step and `npm run build` make it). In a checkout
// where a source file is newer than that build, it runs the TypeScript sources through tsx (a
// development dependency) instead, so a developer never runs stale code by accident.
import { existsSync, readdirSync, statSync } from 'node:fs';

const built = new URL('../lib/cli/main.js', import.meta.url);
const stamp = new URL('../lib/.tsbuildinfo', import.meta.url);
const src = new URL('../src/', import.meta.url);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'web') newest = Math.max(newest, newestSource(new URL(`${entry.name}/`, dir)));
    } else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(new URL(entry.name, dir)).mtimeMs);
  }
  return newest;
}

const fresh =
  existsSync(built) && (!existsSync(src) || (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource(src)));
if (fresh) await import(built.href);
else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error('plenary: the CLI is not built (lib/ is missing or older than src/): run `npm run build`.');
    process.exit(1);
  }
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
