// Live transcript of a call for the terminal: one line per turn with time and speaker, colours only on a TTY,
// then a summary of how it ended and what was recorded.
import type { CallRecord, Scenario, Speaker, Turn } from "../schema/index.js";
import { inert } from "./terminal-text.js";

export interface PrintOptions {
  colour: boolean;
  write: (text: string) => void;
}

const COLOURS = { caller: "\u001b[36m", callee: "\u001b[33m", dim: "\u001b[2m", bold: "\u001b[1m", red: "\u001b[31m", green: "\u001b[32m", reset: "\u001b[0m" };

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

export class CallPrinter {
  private streaming: Speaker | null = null;
  private last: Turn | null = null;

  constructor(private readonly scenario: Scenario, private readonly options: PrintOptions) {}

  private paint(code: keyof typeof COLOURS, text: string): string {
    return this.options.colour ? `${COLOURS[code]}${text}${COLOURS.reset}` : text;
  }

  private name(speaker: Speaker): string {
    const side = speaker === "caller" ? this.scenario.caller : this.scenario.callee;
    return inert(side.name || speaker);
  }

  header(record: { seats: CallRecord["seats"]; seed: number }): void {
    const title = inert(this.scenario.title ?? this.scenario.id);
    this.options.write(this.paint("dim", `── ${title} · seed ${record.seed} · caller ${record.seats.caller.kind} · callee ${record.seats.callee.kind}\n`));
  }

  /** Streaming seats: text as it comes, finished by `turn`. */
  delta(speaker: Speaker, delta: string): void {
    if (this.streaming !== speaker) {
      if (this.streaming !== null) this.options.write("\n");
      this.options.write(`${this.paint("dim", "  …")} ${this.paint(speaker, `${this.name(speaker)}:`)} `);
      this.streaming = speaker;
    }
    this.options.write(inert(delta));
  }

  turn(turn: Turn): void {
    if (this.streaming !== null) {
      this.options.write("\n");
      this.streaming = null;
    }
    const tags = [turn.step === null ? null : `step ${turn.step}`, turn.kb.length === 0 ? null : `Q&A ${turn.kb.map((k) => k + 1).join(",")}`].filter((t) => t !== null);
    const cut = this.last?.interrupted === true ? `${this.paint("dim", "(cuts in)")} ` : "";
    this.last = turn;
    const tail = tags.length === 0 ? "" : ` ${this.paint("dim", `[${tags.join("; ")}]`)}`;
    this.options.write(`${this.paint("dim", `[${clock(turn.startMs)}]`)} ${this.paint(turn.speaker, `${this.name(turn.speaker)}:`)} ${cut}${inert(turn.text)}${tail}\n`);
  }

  summary(record: CallRecord): void {
    const { end, outcome } = record;
    const side = end.by === "caller" ? this.scenario.caller : end.by === "callee" ? this.scenario.callee : null;
    const conditionText = side !== null && end.condition !== null ? side.endConditions[end.condition - 1] ?? "" : "";
    const ok = end.by === "caller" || end.by === "callee";
    const lines = [
      "",
      this.paint(ok ? "green" : "red", inert(`Ended by ${end.by}${end.condition === null ? "" : ` (condition ${end.condition})`}: ${end.reason}`)),
      conditionText === "" ? null : `  condition: ${inert(conditionText)}`,
      `Duration ${clock(record.turns.at(-1)?.endMs ?? 0)} · ${record.turns.length} turns · ${record.turns.filter((t) => t.interrupted).length} interruptions`,
      `Steps delivered ${new Set(outcome.stepsDelivered).size}/${this.scenario.caller.steps.length}${outcome.stepsDelivered.length === 0 ? "" : ` (${outcome.stepsDelivered.join(", ")})`}`,
      `Questions answered ${outcome.questions.filter((q) => q.answered).length}/${outcome.questions.length}`,
      `Identity ${outcome.identityConfirmed === null ? "not established" : outcome.identityConfirmed ? "confirmed" : "denied"}`,
      outcome.followUp === null ? "Follow-up: none" : inert(`Follow-up: ${outcome.followUp.channel}${outcome.followUp.contact === null ? "" : ` (${outcome.followUp.contact})`}`),
      `Complaints ${outcome.complaints.length} · suggestions ${outcome.suggestions.length}${outcome.guard.length === 0 ? "" : ` · guard events ${outcome.guard.length}`}`,
      this.paint("dim", `Call id ${record.id}`),
    ];
    this.options.write(`${lines.filter((l) => l !== null).join("\n")}\n`);
  }
}
