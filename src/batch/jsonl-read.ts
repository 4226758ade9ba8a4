// Streams the complete lines of a JSONL file; bytes after the last newline are a torn write and are not yielded.
// calls.jsonl is written at places reserved in order (placed-log.ts), so while a batch runs, or after a process
// holding a line died, the file may hold a hole (NUL bytes, never written) where a line was to go, possibly after
// the start of that line: a newline always ends a whole line, so a line is what follows its last NUL byte.
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
const NUL = 0;

/** Reads line by line in fixed chunks, so memory does not grow with the file. */
export class JsonlLineReader {
  /** Byte length of the complete lines read so far (where a torn tail starts). */
  completeBytes = 0;
  /** Bytes after the last newline once the file is read: a torn last line, or 0. */
  tornBytes = 0;
  /** Bytes of holes and of lines cut short by one, before complete lines (not yielded). */
  holeBytes = 0;

  constructor(private readonly path: string) {}

  /** Every complete line, blank ones included, undecoded: a reader that needs a few lines decodes only those. */
  async *byteLines(): AsyncGenerator<JsonlBytes> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let line = 0;
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let start = 0;
      // Almost every chunk has no hole: one scan for it, then the lines as they are.
      const holed = pending.some((piece) => piece.includes(NUL)) || chunk.includes(NUL);
      for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, nl);
        const whole = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        const bytes = holed ? this.afterHole(whole) : whole;
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

  private afterHole(bytes: Buffer): Buffer {
    const hole = bytes.lastIndexOf(NUL);
    if (hole === -1) return bytes;
    this.holeBytes += hole + 1;
    return bytes.subarray(hole + 1);
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
