/**
 * A promise that gives up after a while: its value if it settles in time, undefined if it fails or takes
 * longer. Capture waits this way for Firefox's copy of a response body, so a body stream that never ends
 * cannot hold a failure record back. Separate from capture.ts because it knows nothing about requests.
 */

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}
