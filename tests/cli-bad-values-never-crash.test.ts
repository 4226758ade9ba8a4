// Every command × every flag × a bad value (missing, empty, negative, huge, wrong type, a file, a directory, an
// unwritable path): never an internal error, never a stack trace, never a hang. Flags are read from each command's
// --help, so a new flag is covered the day it is added.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "dist/cli/main.js");
const SCENARIO = join(ROOT, "examples/06-saas-renewal-checkin-en.md");
const A_FILE = join(ROOT, "README.md");
const BAD_VALUES = ["", "-5", "99999999999999999999", "abc", A_FILE, "/tmp", "/proc/callsim-x"] as const;
/** Every flag gets the values any flag can be given by mistake; path flags and number flags get their own too. */
const COMMON_VALUES = ["", "-5", "abc"] as const;
const PATH_VALUES = [A_FILE, "/tmp", "/proc/callsim-x"] as const;
const NUMBER_VALUES = ["99999999999999999999", "1.5"] as const;

function valuesFor(placeholder: string): readonly string[] {
  if (/file|dir|path|out|url/i.test(placeholder)) return [...COMMON_VALUES, ...PATH_VALUES];
  if (/^(n|ms|rate|count|k|range|seeds|workers|turns)$/i.test(placeholder)) return [...COMMON_VALUES, ...NUMBER_VALUES];
  return [...COMMON_VALUES, PATH_VALUES[0]];
}
const PER_RUN_MS = 30_000;
/** Commands that start long-lived servers or workers are covered by their own tests. */
const LONG_LIVED = new Set(["serve", "worker", "help"]);

interface Outcome {
  args: string[];
  code: number | null;
  stderr: string;
  timedOut: boolean;
}

function helpOf(args: string[]): string {
  return spawnSync(process.execPath, [CLI, ...args, "--help"], { encoding: "utf8" }).stdout;
}

function commandsOf(help: string): { name: string; args: string[] }[] {
  const section = help.split(/^Commands:$/m)[1] ?? "";
  return [...section.matchAll(/^ {2}(\S+)(?: \[options\])?((?: <[^>]+>| \[[^\]]+\]|\.\.\.)*)/gm)]
    .map((match) => ({ name: match[1] ?? "", args: (match[2] ?? "").trim().split(/\s+/).filter((arg) => arg !== "") }))
    .filter((command) => command.name !== "" && !LONG_LIVED.has(command.name));
}

function valueFlagsOf(help: string): { flag: string; placeholder: string }[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+) <([^>]+)>/gm)].map((match) => ({ flag: match[1] ?? "", placeholder: match[2] ?? "" }));
}

/** Positional arguments that make the command reach its flags: a real scenario, an empty batch dir, a schema name. */
function goodArgs(name: string, args: string[], dir: string): string[] {
  return args.map((arg) => {
    if (/scenario|file|scenarios/.test(arg)) return SCENARIO;
    if (/dir/.test(arg)) return dir;
    if (/call|transcript/.test(arg)) return join(ROOT, "tests/fixtures/transcripts");
    if (/name/.test(arg)) return name === "schema" ? "scenario" : "x";
    return "x";
  });
}

/** Each run starts in a scratch directory: a bad value taken as a relative --out lands there, not in the repo. */
function run(args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    let timedOut = false;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, PER_RUN_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ args, code, stderr, timedOut });
    });
  });
}

async function runAll(cases: string[][], parallel: number, cwd: string): Promise<Outcome[]> {
  const results: Outcome[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < cases.length) {
      const args = cases[next++];
      if (args !== undefined) results.push(await run(args, cwd));
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return results;
}

describe("every command, flag and bad value", () => {
  it("ends with a one-line answer: no internal error, no stack trace, no hang", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-enum-"));
    const cases: string[][] = [];
    for (const command of commandsOf(helpOf([]))) {
      const base = [command.name, ...goodArgs(command.name, command.args, dir)];
      // Each positional argument replaced by each bad value.
      command.args.forEach((_, index) => {
        for (const value of BAD_VALUES) cases.push(base.map((arg, at) => (at === index + 1 ? value : arg)));
      });
      for (const { flag, placeholder } of valueFlagsOf(helpOf([command.name]))) {
        cases.push([...base, flag]);
        for (const value of valuesFor(placeholder)) cases.push([...base, flag, value, ...(command.name === "batch" && flag !== "--out" ? ["--out", join(dir, "b")] : [])]);
      }
    }
    expect(cases.length).toBeGreaterThan(100);
    const results = await runAll(cases, 4, mkdtempSync(join(tmpdir(), "callsim-enum-cwd-")));
    const broken = results
      .filter((result) => result.timedOut || /internal error|\n\s+at /.test(result.stderr) || (result.code !== 0 && result.code !== 1 && result.code !== 2))
      .map((result) => `callsim ${result.args.map((arg) => JSON.stringify(arg)).join(" ")} → ${result.timedOut ? "hang" : `exit ${result.code}`}: ${result.stderr.slice(0, 200)}`);
    expect(broken).toEqual([]);
    // A user error is one line.
    const multiLine = results.filter((result) => result.code === 2 && result.stderr.trim().split("\n").length > 1 && !result.stderr.includes("Usage:"));
    expect(multiLine.map((result) => `${result.args.join(" ")}: ${result.stderr}`)).toEqual([]);
  }, 600_000);
});
