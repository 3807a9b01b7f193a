/**
 * UN document symbols. Drafts "A/HRC/34/L.5", revisions "A/HRC/34/L.5/Rev.1", resolutions
 * "A/HRC/RES/34/5" (cited "34/5"), decisions "34/101".
 */
const HRC_RESOLUTION = /^A\/HRC\/RES\/(S-)?(\d+)\/(\d+)$/;
const SHORT_RESOLUTION = /^(S-)?(\d+)\/(\d+)$/;

/** "A/HRC/RES/34/5" → "34/5"; other symbols come back unchanged. */
export function shortResolutionSymbol(symbol: string): string {
  const m = HRC_RESOLUTION.exec(symbol);
  return m ? `${m[1] ?? ''}${m[2]}/${m[3]}` : symbol;
}

/** "34/5" → "A/HRC/RES/34/5"; full symbols come back unchanged. */
export function fullResolutionSymbol(symbol: string): string {
  const m = SHORT_RESOLUTION.exec(symbol.trim());
  return m ? `A/HRC/RES/${m[1] ?? ''}${m[2]}/${m[3]}` : symbol.trim();
}

/**
 * Accepts the ways people type a symbol ("a/hrc/34/l.5", "L.5" with a session, "34/5") and
 * returns the candidates to look up, most specific first.
 */
export function symbolCandidates(input: string, session?: string): string[] {
  const raw = input.trim().replace(/\s+/g, '');
  const upper = raw.toUpperCase().replace(/\/REV\./, '/Rev.');
  const candidates = new Set<string>([raw, upper.replace(/\/L\./, '/L.')]);
  if (SHORT_RESOLUTION.test(raw)) candidates.add(fullResolutionSymbol(raw));
  const bareL = /^L\.(\d+)$/i.exec(raw);
  if (bareL && session) candidates.add(`A/HRC/${session}/L.${bareL[1]}`);
  return [...candidates];
}
