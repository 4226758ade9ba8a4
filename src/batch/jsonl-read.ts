// Streams the complete lines of a JSONL file; bytes after the last newline are a torn write and are not yielded.
import { createReadStream } from "node:fs";

export interface JsonlLine {
  text: string;
  /** 1-based line number. */
  line: number;
}

/** A complete line as its bytes (a view of the read chunk: valid until the next line is read). */
export interface JsonlBytes {
  bytes: Buffer;
  /** 1-based line number. */
  line: number;
}

const NEWLINE = 10;

/** Reads line by line in fixed chunks, so memory does not grow with the file. */
export class JsonlLineReader {
  /** Byte length of the complete lines read so far (where a torn tail starts). */
  completeBytes = 0;
  /** Bytes after the last newline once the file is read: a torn last line, or 0. */
  tornBytes = 0;

  constructor(private readonly path: string) {}

  /** Every complete line, blank ones included, undecoded: a reader that needs a few lines decodes only those. */
  async *byteLines(): AsyncGenerator<JsonlBytes> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let line = 0;
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, nl);
        const bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        this.completeBytes += pendingBytes + piece.length + 1;
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
        line++;
        yield { bytes, line };
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
      }
    }
    this.tornBytes = pendingBytes;
  }

  /** The non-blank complete lines as text. */
  async *lines(): AsyncGenerator<JsonlLine> {
    for await (const { bytes, line } of this.byteLines()) {
      // A newline byte never occurs inside a UTF-8 sequence, so each line decodes on its own.
      const text = bytes.toString("utf8");
      if (text.trim() !== "") yield { text, line };
    }
  }
}
