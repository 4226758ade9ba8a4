// Where the CLI may write: checked before any work starts, so a bad --out is a one-line user error and a finished
// call is never lost to a path that was unusable from the start.
import { accessSync, constants, mkdirSync, statSync, type Stats } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { userError } from "../errors.js";

/** Kernel pseudo file systems: writing there is never what a user meant (and Node's recursive mkdir spins on /proc). */
const PSEUDO_ROOTS = ["/proc", "/sys", "/dev"] as const;

function underPseudoRoot(path: string): boolean {
  return PSEUDO_ROOTS.some((root) => path === root || path.startsWith(`${root}${sep}`));
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Makes sure `dir` is a writable directory, creating it (and missing parents) one level at a time. */
export function prepareOutputDir(dir: string, flag = "--out"): string {
  if (dir.trim() === "") throw userError("bad-flag", `${flag} expects a directory (got an empty string)`);
  const path = resolve(dir);
  if (underPseudoRoot(path)) throw userError("bad-out", `${flag} ${dir}: not a place for call files (a kernel file system)`);
  const missing: string[] = [];
  let at = path;
  let found = statOrNull(at);
  while (found === null && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
    found = statOrNull(at);
  }
  if (found !== null && !found.isDirectory()) throw userError("bad-out", `${flag} ${dir}: ${at} is not a directory`);
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw userError("bad-out", `${flag} ${dir}: cannot create ${level} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw userError("bad-out", `${flag} ${dir}: not writable`);
  }
  return path;
}

/** A file the CLI will write whole: its directory must be usable and the path must not be a directory. */
export function prepareOutputFile(file: string, flag = "--out"): string {
  if (file.trim() === "") throw userError("bad-flag", `${flag} expects a file name (got an empty string)`);
  const path = resolve(file);
  if (underPseudoRoot(path)) throw userError("bad-out", `${flag} ${file}: not a place for output files (a kernel file system)`);
  if (statOrNull(path)?.isDirectory() === true) throw userError("bad-out", `${flag} ${file}: is a directory`);
  prepareOutputDir(dirname(path), flag);
  return path;
}
