// `callsim --help` lists every command from the command table without loading them; this fails when a line of the
// table drifts from the command's own module, and shows that the top-level help loads no command module.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildProgram, requestedCommand } from "../src/cli/main-program.js";

describe("callsim --help", () => {
  it("lists the same commands, arguments and descriptions as the loaded commands do", async () => {
    const lazy = await buildProgram([]);
    const loaded = await buildProgram([], { all: true });
    expect(lazy.helpInformation()).toBe(loaded.helpInformation());
  });

  it("loads only the command asked for", () => {
    expect(requestedCommand(["run", "x.md", "--seed", "2"])).toBe("run");
    expect(requestedCommand(["--verbose", "help", "eval"])).toBe("eval");
    expect(requestedCommand(["--help"])).toBeNull();
  });

  it("the built CLI's top-level help imports neither zod nor a command module", () => {
    const probe = `import { register } from "node:module"; register("data:text/javascript,${encodeURIComponent(
      'export async function resolve(s, c, n) { const r = await n(s, c); if (/node_modules\\/zod|\\/commands\\//.test(r.url)) process.stderr.write("LOADED " + r.url + "\\n"); return r; }',
    )}");`;
    const run = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(probe)}`, "dist/cli/main.js", "--help"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("replay [options] <scenario> <transcript>");
    expect(run.stderr).toBe("");
  });
});
