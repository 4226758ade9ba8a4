// Finished calls on disk, one JSON file each under DATA/calls, written whole (temp file + rename) the moment
// a call ends, so a server restart loses no finished call.
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FinishedCall } from "./call-events.js";

const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

export class CallStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, "calls");
  }

  async save(call: FinishedCall): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${call.meta.id}.json`);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(call)}\n`);
    await rename(temp, path);
  }

  async load(id: string): Promise<FinishedCall | null> {
    if (!SAFE_ID.test(id)) return null;
    try {
      return JSON.parse(await readFile(join(this.dir, `${id}.json`), "utf8")) as FinishedCall;
    } catch {
      return null;
    }
  }

  /** Ids of the saved calls, newest first (ids start with their start time). */
  async list(): Promise<string[]> {
    try {
      const names = await readdir(this.dir);
      return names.filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5)).sort().reverse();
    } catch {
      return [];
    }
  }
}

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}
