// One gathered write of every piece (no copy into one buffer: a rule batch line is ~9 KB); a short count (a full
// disk) goes on from where it stopped. `at` null writes where the file is (an O_APPEND file: at its end).
import type { FileHandle } from "node:fs/promises";

export async function writeAll(handle: FileHandle, pieces: Uint8Array[], at: number | null): Promise<void> {
  const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const { bytesWritten } = await handle.writev(pieces, at ?? undefined);
  if (bytesWritten >= size) return;
  const rest = Buffer.concat(pieces).subarray(bytesWritten);
  for (let done = 0; done < rest.length; ) {
    const position = at === null ? null : at + bytesWritten + done;
    done += (await handle.write(rest, done, rest.length - done, position)).bytesWritten;
  }
}
