// Streams the complete lines of a JSONL file; bytes after the last newline are a torn write and are not yielded.
import { createReadStream } from "node:fs";

export interface JsonlLine {
  text: string;
  /** 1-based line number. */
  line: number;
}

/** Reads line by line in fixed chunks, so memory does not grow with the file. */
export class JsonlLineReader {
  /** Byte length of the complete lines read so far (where a torn tail starts). */
  completeBytes = 0;
  /** Bytes after the last newline once the file is read: a torn last line, or 0. */
  tornBytes = 0;

  constructor(private readonly path: string) {}

  async *lines(): AsyncGenerator<JsonlLine> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let line = 0;
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl);
        const bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        this.completeBytes += pendingBytes + piece.length + 1;
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
        line++;
        // A newline byte never occurs inside a UTF-8 sequence, so each line decodes on its own.
        const text = bytes.toString("utf8");
        if (text.trim() !== "") yield { text, line };
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
      }
    }
    this.tornBytes = pendingBytes;
  }
}
