// Where callsim keeps what it builds once per machine (jieba's dictionary image, the command's compiled code).
import { readdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** `CALLSIM_CACHE_DIR=""` turns the caches off (always build); unset means the user's cache folder. */
export const CACHE_DIR_ENV = "CALLSIM_CACHE_DIR";

/** `$CALLSIM_CACHE_DIR`, else `$XDG_CACHE_HOME/callsim`, else `~/.cache/callsim`; null when turned off. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env[CACHE_DIR_ENV];
  if (chosen !== undefined) return chosen === "" ? null : chosen;
  const xdg = env["XDG_CACHE_HOME"];
  return join(xdg !== undefined && xdg !== "" ? xdg : join(homedir(), ".cache"), "callsim");
}

/**
 * Keeps the `count` most recently written or used files named `prefix…suffix` in `dir` and removes the others.
 * Several installs or builds may share the folder, so a file of another build is not removed just for being other.
 */
export function keepNewest(dir: string, prefix: string, suffix: string, count: number): void {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(count)) rmSync(path, { force: true });
}
