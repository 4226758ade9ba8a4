// One batch per --out: a second one exits 2 with a clear message; a lock left by a dead process is taken over.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { LOCK_FILE, lockDir } from "../src/batch/dir-lock.js";

const CLI = "dist/cli/main.js";

function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("the output directory lock", () => {
  it("refuses a second holder while the first lives, and frees the directory on release", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-lock-"));
    const lock = lockDir(dir);
    expect(() => lockDir(dir, process.pid + 1)).toThrow(new RegExp(`is in use by another batch \\(pid ${process.pid} on `));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDir(dir).release();
  });

  it("takes over a lock whose process is gone, and one left half-written", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-lock-"));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname() }));
    lockDir(dir).release();
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    lockDir(dir).release();
  });

  it("makes a second CLI batch on the same --out exit 2 with one line", { timeout: 60_000 }, async () => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const out = mkdtempSync(join(tmpdir(), "callsim-lock-cli-"));
    const args = [CLI, "batch", "examples/", "--seeds", "1-400", "--out", out, "--workers", "1"];
    const first = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    const firstDone = new Promise<number | null>((resolve) => first.on("exit", resolve));
    // The lock is taken before the first job runs; wait for it.
    while (!existsSync(join(out, LOCK_FILE))) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = spawnSync(process.execPath, args, { encoding: "utf8" });
    first.kill("SIGINT");
    await firstDone;
    expect(second.status).toBe(2);
    expect(second.stderr).toBe(`callsim: ${out} is in use by another batch (pid ${first.pid} on ${hostname()}); wait for it to finish or use another --out\n`);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });
});
