// `cmd:COMMAND`: an agent in any language as a process, one per call. Each turn callsim writes one JSON line
// { callId, turn, role, messages } to its stdin and reads one JSON line { text, end?, toolCalls? } from its stdout
// (docs/agents.md). stderr is passed through for the agent's own logs and quoted when it fails.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import { DEFAULTS } from "../../defaults.js";
import { parseAgentReply } from "./webhook-agent.js";
import type { Agent, AgentContext, AgentMessage, AgentReplyObject } from "./types.js";

export interface CmdAgentOptions {
  /** Time limit for one answer line. */
  timeoutMs?: number;
  /** Working directory of the process. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const STDERR_TAIL_CHARS = 600;

class AgentProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: ((line: string | null) => void)[] = [];
  private readonly queued: string[] = [];
  private stderr = "";
  private exited: string | null = null;

  constructor(readonly command: string, options: CmdAgentOptions) {
    this.child = spawn(command, { shell: true, cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on("line", (line) => {
      if (line.trim() === "") return;
      const take = this.waiting.shift();
      if (take === undefined) this.queued.push(line);
      else take(line);
    });
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-STDERR_TAIL_CHARS);
    });
    this.child.on("error", (error) => this.finish(`could not start: ${error.message}`));
    this.child.on("exit", (code, signal) => this.finish(signal === null ? `exited with code ${code ?? "?"}` : `killed by ${signal}`));
    // A broken pipe surfaces as the exit above; do not let it throw out of the write.
    this.child.stdin.on("error", () => undefined);
  }

  private finish(why: string): void {
    this.exited ??= why;
    for (const take of this.waiting.splice(0)) take(null);
  }

  private failure(why: string): Error {
    const tail = this.stderr.trim();
    return new Error(`cmd agent "${this.command}" ${why}${tail === "" ? "" : `; its stderr ends: ${tail}`}`);
  }

  async ask(request: unknown, timeoutMs: number, signal: AbortSignal | undefined): Promise<AgentReplyObject> {
    if (this.exited !== null) throw this.failure(this.exited);
    this.child.stdin.write(`${JSON.stringify(request)}\n`);
    const queued = this.queued.shift();
    const line = queued ?? (await this.nextLine(timeoutMs, signal));
    if (line === null) throw this.failure(this.exited ?? "closed its output");
    let value: unknown;
    try {
      value = JSON.parse(line) as unknown;
    } catch {
      throw this.failure(`printed a line that is not JSON: ${line.slice(0, 120)}`);
    }
    return parseAgentReply(value, `cmd agent "${this.command}"`);
  }

  private nextLine(timeoutMs: number, signal: AbortSignal | undefined): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(take), 1);
        reject(this.failure(`gave no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const take = (line: string | null): void => {
        clearTimeout(timer);
        resolve(line);
      };
      signal?.addEventListener("abort", () => take(null), { once: true });
      this.waiting.push(take);
    });
  }

  async close(): Promise<void> {
    if (this.exited !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.stdin.end();
    // End of input is the agent's cue to exit; one that lingers is stopped.
    const timer = setTimeout(() => this.child.kill("SIGTERM"), 2_000);
    await gone;
    clearTimeout(timer);
    this.lines.close();
  }
}

export function cmdAgent(command: string, options: CmdAgentOptions = {}): Agent {
  let current: { callId: string; process: AgentProcess } | null = null;
  const processFor = async (callId: string): Promise<AgentProcess> => {
    if (current?.callId === callId) return current.process;
    await current?.process.close();
    current = { callId, process: new AgentProcess(command, options) };
    return current.process;
  };
  return {
    kind: "cmd",
    name: command,
    async reply(messages: readonly AgentMessage[], context: AgentContext) {
      const agentProcess = await processFor(context.callId);
      return agentProcess.ask({ callId: context.callId, turn: context.turn, role: context.role, messages }, options.timeoutMs ?? DEFAULTS.agentTimeoutMs, context.signal);
    },
    async close() {
      await current?.process.close();
      current = null;
    },
  };
}
