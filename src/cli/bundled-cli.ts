// The bundled command (dist/cli/callsim.cjs, written by scripts/bundle-cli.ts) compiled with V8's code cache: the
// cache, kept per sub-command in the cache folder, spares parsing and compiling its JavaScript at every start.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script, constants } from "node:vm";
import { defaultCacheDir, keepNewest } from "../util/cache-dir.js";

export interface Cli {
  runCli(argv: string[]): Promise<void>;
}

/** Beside this module in dist/cli; absent when callsim runs from its TypeScript sources. */
export const BUNDLE_FILE = "callsim.cjs";
const CACHE_PREFIX = "cli-";
/** Code caches kept (about 1 MB each): a few sub-commands of a few builds or installs sharing the folder. */
const CACHES_KEPT = 24;

/** As Node wraps a CommonJS file (its `wrap` is not an ES export). */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
type Wrapped = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** The bundled command, or null when there is none (then the caller imports the modules themselves). */
export function loadBundledCli(command: string, cacheDir: string | null = defaultCacheDir()): Cli | null {
  const file = join(dirname(fileURLToPath(import.meta.url)), BUNDLE_FILE);
  if (!existsSync(file)) return null;
  // Node before 20.12 cannot run import() inside a compiled script; it loads the bundle as a plain module.
  const mainLoader = (constants as Partial<typeof constants> | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (cacheDir === null || mainLoader === undefined) return createRequire(file)(file) as Cli;
  const source = readFileSync(file, "utf8");
  const cacheFile = join(cacheDir, `${CACHE_PREFIX}${bundleKey(source)}-${/^[a-z-]+$/.test(command) ? command : "other"}.v8`);
  const cachedData = readOrNull(cacheFile);
  const script = new Script(wrap(source), { filename: file, cachedData, importModuleDynamically: mainLoader });
  // Written at exit, so the cache holds every function this command compiled, not only the top level.
  if (cachedData === undefined || script.cachedDataRejected === true) process.once("exit", () => writeCache(cacheFile, script));
  else markUsed(cacheFile);
  const module = { exports: {} };
  (script.runInThisContext() as Wrapped)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports as Cli;
}

/**
 * The bundle's content names its cache: V8 checks only the source's length (and its own version and flags), and an
 * installed package's files all carry npm's fixed time, so two builds could otherwise share a cache. Node's flags
 * name it too: V8 rejects a cache made under other flags, and the installed command (whose first line gives node a
 * flag) and `node dist/cli/main.js` would otherwise replace each other's cache at every start.
 */
function bundleKey(source: string): string {
  return createHash("sha1").update(source).update(`\0${process.execArgv.join("\0")}`).digest("hex").slice(0, 16);
}

/** A cache in use counts as new, so other builds' writes do not push it out. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // read-only folder: the cache is still good
  }
}

function readOrNull(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Under a temporary name then renamed; the least recently used caches beyond CACHES_KEPT go. Any failure leaves no cache. */
function writeCache(file: string, script: Script): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, file);
    keepNewest(dirname(file), CACHE_PREFIX, ".v8", CACHES_KEPT);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
  }
}
