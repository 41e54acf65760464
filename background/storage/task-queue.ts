/**
 * One storage task at a time (a flush, a read, a clear never interleave), and a coalescing window: every
 * write asked for before the next `setTimeout(0)` tick shares one flush. While a flush is in flight, new
 * work waits for the next one, so a burst makes bigger batches rather than more writes.
 */
export class TaskQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #window: Promise<void> | null = null;

  constructor(private readonly onError: (error: unknown) => void) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(this.onError);
    return result;
  }

  /** Queues `flush` after the current window closes; everyone who asked in that window gets its promise. */
  coalesce(flush: () => Promise<void>): Promise<void> {
    if (this.#window) return this.#window;
    const window = new Promise<void>((resolve) => {
      setTimeout(() => {
        this.#window = null;
        // Settles either way: a failed flush was logged, and callers only wait for the attempt.
        this.run(flush).then(resolve, () => resolve());
      }, 0);
    });
    this.#window = window;
    return window;
  }
}
