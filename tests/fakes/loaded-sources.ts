// What a Node process loads, named by source: every module Node resolves (ES imports seen by a resolve hook,
// CommonJS requires by Node's resolver), the bundled command (dist/cli/callsim.cjs) replaced by the sources and
// package files it was built from.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const HOOK = 'export async function resolve(s, c, n) { const r = await n(s, c); process.stderr.write("LOADED " + r.url + "\\n"); return r; }';
const PROBE = [
  `import Module, { register } from "node:module"; import { pathToFileURL } from "node:url";`,
  `register("data:text/javascript,${encodeURIComponent(HOOK)}");`,
  "const resolveFilename = Module._resolveFilename;",
  'Module._resolveFilename = function (...args) { const r = resolveFilename.apply(this, args); process.stderr.write("LOADED " + (r.includes("/") || r.includes("\\\\") ? pathToFileURL(r).href : "node:" + r.replace(/^node:/, "")) + "\\n"); return r; };',
].join("\n");

export interface Loaded {
  status: number | null;
  stdout: string;
  /** stderr without the hook's lines. */
  stderr: string;
  /** `src/…` (bundled), `dist/…` and `node_modules/<package>/…` paths and `node:` modules, each once. */
  sources: string[];
}

function bundleInputs(): Record<string, string[]> {
  return (JSON.parse(readFileSync("dist/cli/bundle-meta.json", "utf8")) as { outputs: Record<string, string[]> }).outputs;
}

function sourcesOf(url: string, bundle: Record<string, string[]>): string[] {
  if (!url.startsWith("file:")) return [url];
  const path = fileURLToPath(url);
  const inBundle = /[\\/]dist[\\/]cli[\\/]([^\\/]+\.cjs)$/.exec(path);
  const chunk = inBundle?.[1] === undefined ? undefined : bundle[inBundle[1]];
  if (chunk !== undefined) return chunk;
  const inPackage = /[\\/]node_modules[\\/](.*)$/.exec(path);
  const named = inPackage?.[1] === undefined ? relative(process.cwd(), path) : `node_modules/${inPackage[1]}`;
  return [named.replaceAll("\\", "/")];
}

/** Runs `node ARGS` from the repository root (the build must exist). */
export function loadedSources(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Loaded {
  const run = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(PROBE)}`, ...args], { encoding: "utf8", env });
  const bundle = bundleInputs();
  const lines = run.stderr.split("\n");
  const urls = lines.filter((line) => line.startsWith("LOADED ")).map((line) => line.slice("LOADED ".length));
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: lines.filter((line) => !line.startsWith("LOADED ")).join("\n").trim(),
    sources: [...new Set(urls.flatMap((url) => sourcesOf(url, bundle)))].sort(),
  };
}
