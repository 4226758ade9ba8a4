// One batch per output directory: DIR/.lock holds the owner's pid; a lock whose process is gone is taken over.
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { userError } from "../errors.js";

export const LOCK_FILE = ".lock";

interface LockOwner {
  pid: number;
  host: string;
}

export interface DirLock {
  release(): void;
}

/** True while a process with this pid exists (EPERM: it exists but belongs to someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof parsed.pid === "number" && typeof parsed.host === "string" ? { pid: parsed.pid, host: parsed.host } : null;
  } catch {
    return null;
  }
}

/** A lock from another machine cannot be checked, so it is taken as held; an unreadable one is a torn write of a dead owner. */
function stale(owner: LockOwner | null): boolean {
  return owner === null || (owner.host === hostname() && !alive(owner.pid));
}

/**
 * Takes DIR's lock or throws a user error naming the holder. link() of a finished temp file makes the claim atomic,
 * so the lock file is never seen half-written and two starters cannot both win.
 */
export function lockDir(dir: string, pid: number = process.pid): DirLock {
  const path = join(dir, LOCK_FILE);
  const temp = `${path}.${pid}.${Date.now()}`;
  writeFileSync(temp, `${JSON.stringify({ pid, host: hostname() })}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, path);
        return { release: () => releaseIfOurs(path, pid) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(path);
      if (!stale(owner)) {
        throw userError("dir-locked", `${dir} is in use by another batch (pid ${owner?.pid ?? "?"} on ${owner?.host ?? "?"}); wait for it to finish or use another --out`);
      }
      // Move the stale lock aside (only one taker's rename succeeds), then claim it again.
      const aside = `${path}.stale.${pid}`;
      try {
        renameSync(path, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        continue;
      }
      // Between our read and our rename another starter may have taken over: then it was its live lock; give it back.
      const moved = readOwner(aside);
      if (!stale(moved)) {
        try {
          linkSync(aside, path);
        } catch {
          // A third starter claimed it meanwhile; its lock stands.
        }
        unlinkSync(aside);
        throw userError("dir-locked", `${dir} is in use by another batch (pid ${moved?.pid ?? "?"}); wait for it to finish or use another --out`);
      }
      unlinkSync(aside);
    }
    throw userError("dir-locked", `${dir}: could not take ${LOCK_FILE} (another batch keeps claiming it)`);
  } finally {
    unlinkSync(temp);
  }
}

function releaseIfOurs(path: string, pid: number): void {
  if (readOwner(path)?.pid !== pid) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}
