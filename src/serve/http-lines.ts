// A human seat's lines fed from HTTP: the browser posts a line, the seat waiting for its turn receives it.
// Hanging up is end of input (null), which the human seat turns into a hang-up.
import type { LineSource } from "../seats/human/line-source.js";

export interface HttpLineSource extends LineSource {
  /** Queue a line typed in the browser. */
  push(line: string): void;
  /** The person hung up: the waiting (or next) read gets end of input. */
  hangUp(): void;
  /** True while the seat waits for the person to speak. */
  readonly waiting: boolean;
}

export function httpLineSource(onWaiting: (waiting: boolean) => void): HttpLineSource {
  const queue: string[] = [];
  let ended = false;
  let pending: ((line: string | null) => void) | null = null;
  const deliver = (line: string | null): void => {
    const resolve = pending;
    pending = null;
    onWaiting(false);
    resolve?.(line);
  };
  return {
    get waiting() {
      return pending !== null;
    },
    push(line) {
      if (ended) return;
      if (pending !== null) deliver(line);
      else queue.push(line);
    },
    hangUp() {
      ended = true;
      if (pending !== null) deliver(null);
    },
    read(_prompt, signal) {
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener("abort", () => {
          pending = null;
          onWaiting(false);
          reject(signal.reason);
        }, { once: true });
        pending = resolve;
        onWaiting(true);
      });
    },
    async close() {
      ended = true;
      if (pending !== null) deliver(null);
    },
  };
}
