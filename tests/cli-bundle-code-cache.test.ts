// The bundled command keeps V8's compiled code per sub-command in the cache folder: written by a first run, used
// by the next ones, replaced when it is not V8's (cut short, another build); the output never changes with it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
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
    const first = run(dir);
    const [cache] = codeCaches(dir);
    expect(cache).toMatch(/^cli-[0-9a-f]{16}-run\.v8$/);
    const file = join(dir, cache ?? "");
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(100_000);

    expect(run(dir)).toBe(first);
    // Accepted: not written again.
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);

    writeFileSync(file, "not V8's code");
    expect(run(dir)).toBe(first);
    expect(statSync(file).size).toBeGreaterThan(100_000);

    run(dir, ["parse", DOC]);
    expect(codeCaches(dir)).toEqual([(cache ?? "").replace(/-run\.v8$/, "-parse.v8"), cache]);
  });

  it("is left out with an empty CALLSIM_CACHE_DIR, with the same output", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-code-"));
    dirs.push(dir);
    expect(run("")).toBe(run(dir));
  });
});
