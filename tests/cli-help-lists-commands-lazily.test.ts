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
    // The help goes through tsc's modules, not the bundled command, which holds every command.
    const run = loadedSources(["dist/cli/main.js", "--help"], { ...process.env, CALLSIM_CACHE_DIR: "" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("replay [options] <scenario> <transcript>");
    expect(run.stderr).toBe("");
    expect(run.sources).toContain("dist/cli/main-program.js");
    expect(run.sources.filter((source) => /^node_modules\/zod\/|^dist\/cli\/commands\/|^src\/|callsim\.cjs/.test(source))).toEqual([]);
  });
});
