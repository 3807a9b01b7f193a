/** Progress on stderr, only on a terminal, overwritten in place. */
export function progressReporter(label: string): ((done: number, total?: number) => void) & { done: () => void } {
  const tty = process.stderr.isTTY;
  const report = (done: number, total?: number) => {
    if (!tty) return;
    process.stderr.write(
      `\r${label}: ${done.toLocaleString('en')}${total ? ` / ${total.toLocaleString('en')}` : ''}   `,
    );
  };
  return Object.assign(report, { done: () => tty && process.stderr.write('\r\x1b[K') });
}
