// Where a human seat's lines come from: a terminal (prompted) or a pipe (one line per turn; end of input
// means the human hung up). Tests pass a scripted source.
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";

export interface LineSource {
  /** The next line, or null at end of input. */
  read(prompt: string, signal?: AbortSignal): Promise<string | null>;
  close(): Promise<void>;
}

/** Lines from a stream: prompted on a terminal, read silently from a pipe. */
export function streamLineSource(input: Readable & { isTTY?: boolean }, output: Writable): LineSource {
  let rl: Interface | null = null;
  const queue: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  const open = (): Interface => {
    if (rl !== null) return rl;
    rl = createInterface({ input, terminal: input.isTTY === true, output: input.isTTY === true ? output : undefined });
    rl.on("line", (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else queue.push(line);
    });
    rl.on("close", () => {
      ended = true;
      for (const next of waiting.splice(0)) next(null);
    });
    return rl;
  };
  return {
    read(prompt, signal) {
      const reader = open();
      if (input.isTTY === true) output.write(prompt);
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve, reject) => {
        const onAbort = (): void => {
          const i = waiting.indexOf(deliver);
          if (i >= 0) waiting.splice(i, 1);
          reject(signal?.reason ?? new Error("aborted"));
        };
        const deliver = (line: string | null): void => {
          signal?.removeEventListener("abort", onAbort);
          resolve(line);
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener("abort", onAbort, { once: true });
        waiting.push(deliver);
        void reader;
      });
    },
    async close() {
      rl?.close();
    },
  };
}

/** A fixed list of lines, then end of input. */
export function scriptedLineSource(lines: readonly string[]): LineSource & { readonly prompts: string[] } {
  const rest = [...lines];
  const prompts: string[] = [];
  return {
    prompts,
    async read(prompt) {
      prompts.push(prompt);
      return rest.shift() ?? null;
    },
    async close() {},
  };
}
