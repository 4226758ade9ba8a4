// A person plays one side from the terminal (or a pipe). Each line is one turn; an empty line is a pause
// ("…"); "/bye" or end of input hangs up. A human caller may end with "/end N" (its end condition N).
import type { Seat, SeatContext, SeatTurn } from "../seat.js";
import type { SeatInfo, Speaker } from "../../schema/index.js";
import type { LineSource } from "./line-source.js";
import { coverage, similarity } from "../../text/similarity.js";
import { packFor } from "../../lang/index.js";
import { speakableLines } from "../rule/caller-plan.js";

const END_COMMAND = /^\/(?:end|bye|hangup|hang-up)(?:\s+(\d+))?\s*(.*)$/i;

export class HumanSeat<R extends Speaker = Speaker> implements Seat<R> {
  readonly info: SeatInfo = { kind: "human", model: null };

  constructor(readonly role: R, private readonly lines: LineSource, private readonly name?: string) {}

  // Either role's view: a human plays whichever side it was given.
  async next({ scenario, signal }: SeatContext): Promise<SeatTurn> {
    const name = this.name ?? ("caller" in scenario ? scenario.caller.name : scenario.callee.name);
    const line = await this.lines.read(`${name}> `, signal);
    if (line === null) return { text: "", end: { condition: null, reason: `the human ${this.role} hung up (end of input)`, hangUp: true } };
    const command = END_COMMAND.exec(line.trim());
    if (command) {
      const count = "caller" in scenario ? scenario.caller.endConditions.length : scenario.callee.endConditions.length;
      const n = command[1] === undefined ? null : Number.parseInt(command[1], 10);
      const condition = n !== null && n >= 1 && n <= count ? n : null;
      return { text: (command[2] ?? "").trim(), end: { condition, reason: `the human ${this.role} ended the call`, hangUp: true } };
    }
    const text = line.trim() === "" ? "……" : line.trim();
    if (!("caller" in scenario)) return { text };
    return { text, step: stepOf(text, scenario.caller.steps.map((s) => speakableLines(s.lines, packFor(scenario.language)).join(" "))), kb: kbOf(text, scenario.caller.knowledgeBase.map((e) => e.answer)) };
  }

  async close(): Promise<void> {
    await this.lines.close();
  }
}

/** Knowledge-base answers a human caller's line gives (it says most of the answer's content words). */
function kbOf(text: string, answers: readonly string[]): number[] {
  const used: number[] = [];
  answers.forEach((answer, i) => {
    if (coverage(text, answer) >= 0.6) used.push(i);
  });
  return used;
}

/** The script step a human caller's line delivers: the closest step when it is close enough. */
function stepOf(text: string, steps: readonly string[]): number | null {
  let best: number | null = null;
  let bestScore = 0.45;
  steps.forEach((line, i) => {
    const score = similarity(text, line);
    if (score > bestScore) {
      best = i + 1;
      bestScore = score;
    }
  });
  return best;
}

export function createHumanSeat<R extends Speaker>(role: R, lines: LineSource, name?: string): Seat<R> {
  return new HumanSeat(role, lines, name);
}
