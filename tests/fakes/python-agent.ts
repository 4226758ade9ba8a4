// Starts the shipped Python example agent (examples/agents/python_agent.py) as an HTTP server on 127.0.0.1
// for a test, its upstream model being a fake OpenAI-compatible server; stops it after.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

export const PYTHON_AGENT = "examples/agents/python_agent.py";

export interface RunningAgent {
  url: string;
  stop(): Promise<void>;
}

export function startPythonAgent(mode: "--chat" | "--webhook", env: Record<string, string>): Promise<RunningAgent> {
  const child: ChildProcess = spawn("python3", [PYTHON_AGENT, mode, "0"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    if (child.stdout === null) return reject(new Error("no stdout"));
    const lines = createInterface({ input: child.stdout });
    child.once("exit", (code) => reject(new Error(`python agent exited with ${code}`)));
    lines.once("line", (line) => {
      const url = /listening on (\S+)/.exec(line)?.[1];
      if (url === undefined) return reject(new Error(`unexpected first line: ${line}`));
      resolve({
        url,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once("exit", () => done());
          child.kill("SIGTERM");
        }),
      });
    });
  });
}
