/** Set bits in a 32-bit word (SWAR popcount; V8 has no popcount intrinsic). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Words needed for `bits` bits. */
export const wordsFor = (bits: number): number => (bits + 31) >>> 5;

export function hasBit(words: Uint32Array, bit: number): boolean {
  return (((words[bit >>> 5] as number) >>> (bit & 31)) & 1) === 1;
}

export function setBit(words: Uint32Array, bit: number): void {
  words[bit >>> 5] = (words[bit >>> 5] as number) | (1 << (bit & 31));
}
