/** Runs a function after every one handed in before it has settled (fulfilled or failed), one at a time. */
export type SerialQueue = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * A queue of async calls run one at a time, in the order given; a call that fails does not stop the
 * next (its caller gets the failure).
 * @example const serial = serialQueue(); serial(() => catchUp()); serial(() => append(acts));
 */
export function serialQueue(): SerialQueue {
  let queue: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };
}
