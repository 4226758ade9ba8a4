// The bundled command keeps V8's compiled code per sub-command in the cache folder: written by a first run, used
// by the next ones, replaced when it is not V8's; other builds' caches stay; the output never changes with it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const DOC = "examples/06-saas-renewal-checkin-en.md";
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(cacheDir: string, args: readonly string[] = ["run", DOC, "--json"]): string {
  const done = spawnSync(process.execPath, ["dist/cli/main.js", ...args], { encoding: "utf8", env: { ...process.env, CALLSIM_CACHE_DIR: cacheDir } });
  expect(done.stderr).toBe("");
  expect(done.status).toBe(0);
  return done.stdout;
}
const codeCaches = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith(".v8")).sort();

describe("the bundled command's code cache", () => {
  it("is written by the first run of a command, read by the next, and replaced when V8 rejects it", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-code-"));
    dirs.push(dir);
    // Another build's cache in the same folder (another checkout or install) stays.
    const other = "cli-0000000000000000-run.v8";
    writeFileSync(join(dir, other), "another build's code");
    const first = run(dir);
    const [cache] = codeCaches(dir).filter((name) => name !== other);
    expect(cache).toMatch(/^cli-[0-9a-f]{16}-run\.v8$/);
    const file = join(dir, cache ?? "");
    const written = readFileSync(file);
    expect(written.length).toBeGreaterThan(100_000);

    expect(run(dir)).toBe(first);
    // Kept as written.
    expect(readFileSync(file).equals(written)).toBe(true);

    writeFileSync(file, "not V8's code");
    expect(run(dir)).toBe(first);
    expect(statSync(file).size).toBeGreaterThan(100_000);

    run(dir, ["parse", DOC]);
    expect(codeCaches(dir)).toEqual([other, (cache ?? "").replace(/-run\.v8$/, "-parse.v8"), cache]);
  });

  it("is left out with an empty CALLSIM_CACHE_DIR, with the same output", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-code-"));
    dirs.push(dir);
    expect(run("")).toBe(run(dir));
  });
});
