// `callsim --help` lists every command from the command table without loading them; this fails when a line of the
// table drifts from the command's own module, and shows that the top-level help loads no command module.
import { describe, expect, it } from "vitest";
import { buildProgram, requestedCommand } from "../src/cli/main-program.js";
import { loadedSources } from "./fakes/loaded-sources.js";

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
    // Named by source, so a chunk of the bundled command that holds zod or a command counts too.
    const run = loadedSources(["dist/cli/main.js", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("replay [options] <scenario> <transcript>");
    expect(run.stderr).toBe("");
    expect(run.sources).toContain("src/cli/main-program.ts");
    expect(run.sources.filter((source) => /^node_modules\/zod\/|^src\/cli\/commands\//.test(source))).toEqual([]);
  });
});
