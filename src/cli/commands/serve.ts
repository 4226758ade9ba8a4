// `callsim serve`: the local web console to practise, watch and review calls.
import type { Command } from "commander";
import { statSync } from "node:fs";
import { userError } from "../../errors.js";
import { prepareOutputDir } from "../output-path.js";
import { SERVE_DEFAULTS, startServer } from "../../serve/server.js";

interface ServeFlags {
  port: string;
  host: string;
  data: string;
  token?: string;
  examples?: string;
  runs?: string;
}

export async function serveCommand(flags: ServeFlags): Promise<void> {
  if (!/^\d+$/.test(flags.port) || Number(flags.port) > 65535) throw userError("bad-flag", `--port expects a port number (got "${flags.port}")`);
  const dataDir = prepareOutputDir(flags.data, "--data");
  for (const [flag, dir] of [["--examples", flags.examples], ["--runs", flags.runs]] as const) {
    if (dir !== undefined && statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw userError("bad-flag", `${flag} ${dir}: not a directory`);
  }
  const server = await startServer({
    port: Number(flags.port),
    host: flags.host,
    dataDir,
    token: flags.token ?? process.env["CALLSIM_TOKEN"] ?? null,
    ...(flags.examples === undefined ? {} : { examplesDir: flags.examples }),
    ...(flags.runs === undefined ? {} : { runsDir: flags.runs }),
  });
  const withToken = flags.token === undefined ? server.url : `${server.url}?token=<your token>`;
  process.stdout.write(`callsim console on ${server.url}\nopen ${withToken} (data in ${flags.data}; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.removeListener("SIGINT", stop);
      process.removeListener("SIGTERM", stop);
      void server.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("a local web console: practise, watch and review calls in the browser")
    .option("--port <n>", "port to listen on (0: any free port)", String(SERVE_DEFAULTS.port))
    .option("--host <address>", "address to bind (anything but loopback needs --token)", SERVE_DEFAULTS.host)
    .option("--data <dir>", "where calls, uploaded scenarios and practice attempts are kept", SERVE_DEFAULTS.dataDir)
    .option("--token <secret>", "require this token (bearer header, or open the page once with ?token=)")
    .option("--examples <dir>", "folder of example scenarios to offer (default: the package's examples/)")
    .option("--runs <dir>", "folder of batch directories to browse (default: DATA/runs)")
    .action(async (flags: ServeFlags) => serveCommand(flags));
}
