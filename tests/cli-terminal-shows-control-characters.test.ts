// Escape sequences in a scenario (clear screen, OSC 52 clipboard write, colours) reach the terminal as visible,
// inert text from `parse` and `run`; JSON output keeps them as JSON escapes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inert } from "../src/cli/terminal-text.js";

const CLI = "dist/cli/main.js";
const CLEAR = "\u001b[2J";
const CLIPBOARD = "\u001b]52;c;ZXZpbA==\u0007";

function hostileScenario(): string {
  const text = readFileSync("examples/06-saas-renewal-checkin-en.md", "utf8").replace(/\n/, `${CLEAR}${CLIPBOARD}\n`);
  const lines = text.split("\n");
  const step = lines.findIndex((line) => /^\s*1[.)]/.test(line));
  if (step >= 0) lines[step] = `${lines[step] ?? ""} \u001b[31mred\u001b[0m \u202eevil`;
  const file = join(mkdtempSync(join(tmpdir(), "callsim-esc-")), "hostile.md");
  writeFileSync(file, lines.join("\n"));
  return file;
}

describe("control characters from documents", () => {
  it("are escaped, never written raw, by parse and run", () => {
    const file = hostileScenario();
    for (const args of [["parse", file], ["run", file, "--seed", "3"]]) {
      const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      // eslint-disable-next-line no-control-regex
      expect(result.stdout + result.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    }
  });

  it("turn into visible escapes", () => {
    expect(inert(`a${CLEAR}b${CLIPBOARD}c\u202ed\te\nf`)).toBe("a\\x1b[2Jb\\x1b]52;c;ZXZpbA==\\x07c\\u202ed\te\nf");
  });
});
