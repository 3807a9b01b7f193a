// General Assembly resolution symbols as the UN writes them, from the short forms the unvotes dataset
// gives ("R/70/5"), and back. The journal keeps the dataset's form (what the source says); readers
// see the UN's. Forms follow the UN Digital Library: sessions 1–30 numbered resolutions consecutively
// with the session in Roman numerals ("A/RES/3379(XXX)"), from session 31 on "A/RES/31/6"; a part of
// a resolution carries its letter ("A/RES/31/6A"); special sessions "A/RES/S-2/33", emergency
// special sessions "A/RES/ES-10/14".

const ROMAN: ReadonlyArray<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function fromRoman(s: string): number | null {
  if (!/^[IVXL]+$/.test(s)) return null;
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = value[s[i] as string] as number;
    const next = value[s[i + 1] as string] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * The UN's symbol for a resolution the unvotes dataset writes in short ("R/70/5" → "A/RES/70/5",
 * "R/30/3379" → "A/RES/3379(XXX)", "ESS/10/14" → "A/RES/ES-10/14", "SS/2/33" → "A/RES/S-2/33");
 * any other symbol as given.
 */
export function gaResolutionSymbol(symbol: string): string {
  const m = /^(R|ESS|SS)\/(\d+)\/(\d+)([A-Z]*)$/.exec(symbol.trim());
  if (!m) return symbol;
  const [, kind, s, n, part] = m as unknown as [string, string, string, string, string];
  const session = Number(s);
  if (kind === 'ESS') return `A/RES/ES-${session}/${n}${part}`;
  if (kind === 'SS') return `A/RES/S-${session}/${n}${part}`;
  return session <= 30 ? `A/RES/${n}(${roman(session)})${part}` : `A/RES/${session}/${n}${part}`;
}

/** The short forms unvotes may hold a GA resolution under, for a symbol as people write it ("A/RES/70/5", "a/res/34/2 a", "A/RES/33/183[J]"); empty for anything else. */
export function unvotesSymbolCandidates(input: string): string[] {
  const s = input
    .trim()
    .toUpperCase()
    .replace(/\s+|\[|\]/g, '');
  const modern = /^A\/RES\/(ES-|S-)?(\d+)\/(\d+)([A-Z]*)$/.exec(s);
  if (modern) {
    const [, prefix, session, n, part] = modern as unknown as [string, string | undefined, string, string, string];
    const kind = prefix === 'ES-' ? 'ESS' : prefix === 'S-' ? 'SS' : 'R';
    return [`${kind}/${Number(session)}/${n}${part}`, s];
  }
  const old = /^A\/RES\/(\d+)\(([IVXL]+)\)([A-Z]*)$/.exec(s);
  if (old) {
    const [, n, r, part] = old as unknown as [string, string, string, string];
    const session = fromRoman(r);
    return session ? [`R/${session}/${n}${part}`, s] : [];
  }
  return [];
}
