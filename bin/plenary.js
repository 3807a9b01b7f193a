#!/usr/bin/env node
// Runs the CLI compiled to lib/ by `npm run build` (npm ci's prepare step does it). In development,
// `npm run dev:cli -- …` runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('plenary: the CLI is not built yet (lib/ is missing): run `npm run build` (npm ci does it).');
  process.exit(1);
}
await import(main.href);
