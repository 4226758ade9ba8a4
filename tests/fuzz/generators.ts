// fast-check generators of hostile scenario documents and transcripts: deep nesting, long lines, many figures,
// mixed scripts and control characters, each planted inside a real document so the reader gets past its checks.
import fc from "fast-check";
import { CallsimError } from "../../src/errors.js";
import { parseScenarioText } from "../../src/scenario/index.js";
import type { Scenario } from "../../src/schema/scenario.js";

const MARKUP = ["## ", "### ", "# ", "**", "- ", "* ", "1. ", "> ", "| a | b |", "|---|---|", "```", "<div>", "步骤1：", "Q：", "A：", "问：", "答：", "【拨打方】", "（一）", "一、", "Step 1:", "“", "”", "「", "」", "\t", "\r", "\u0000", "\u001b[2J", "\u001b]52;c;SGVsbG8=\u0007", "\uFEFF", "\u202e", "\u200b"];

/** One hostile piece of text, 0 to ~400 KB. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 2000 }).map((depth) => Array.from({ length: depth }, (_, i) => `${" ".repeat((i % 100) * 2)}- item ${i}`).join("\n")),
  fc.integer({ min: 1, max: 5000 }).map((depth) => `${">".repeat(depth)} quoted`),
  fc.integer({ min: 1, max: 80_000 }).map((spaces) => `## ${" ".repeat(spaces)}x`),
  fc.integer({ min: 1, max: 200_000 }).map((length) => "a".repeat(length)),
  fc.integer({ min: 1, max: 100_000 }).map((length) => "客户".repeat(length)),
  fc.integer({ min: 1, max: 4000 }).map((count) => `- Customer profile: ${Array.from({ length: count }, (_, i) => `$${i}.5 on 2025-0${(i % 9) + 1}-1${i % 10}`).join(", ")}`),
  fc.integer({ min: 1, max: 3000 }).map((rows) => Array.from({ length: rows }, (_, i) => `| Q${i} | A${i} |`).join("\n")),
  fc.array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 })), { maxLength: 400 }).map((parts) => parts.join("")),
  fc.array(fc.constantFrom(...MARKUP), { minLength: 1, maxLength: 3000 }).map((parts) => parts.join("\n")),
);

/** A real document with a hostile piece planted at one of its lines. */
export function plantedDocument(base: string, maxPieceChars = Infinity): fc.Arbitrary<string> {
  const lines = base.split("\n");
  return fc.tuple(fc.nat({ max: lines.length }), hostilePiece).map(([at, piece]) => [...lines.slice(0, at), piece.slice(0, maxPieceChars), ...lines.slice(at)].join("\n"));
}

/** A transcript of `Name: text` lines, sometimes one speaker only, sometimes enormous lines. */
export const hostileTranscript: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom("坐席", "客户", "Agent", "Customer", "A", "B", "Speaker 1"), fc.oneof(fc.string({ maxLength: 200 }), hostilePiece.map((piece) => piece.slice(0, 20_000)))), { minLength: 1, maxLength: 300 }).map((lines) => lines.map(([who, text]) => `${who}: ${text.replace(/\n/g, " ")}`).join("\n")),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `Agent: ${"hello there, ".repeat(n)}`),
);

/** CPU budget of one case: generous (this is a hang detector, speed is in `npm run bench`). */
export function budgetMs(bytes: number): number {
  return 300 + (1000 * bytes) / 100_000;
}

/** A fuzzed document read: the Scenario, or null for a user error (anything else is a crash and is thrown). */
export function parseOrUserError(text: string): Scenario | null {
  try {
    return parseScenarioText(text, { file: "fuzz.md" });
  } catch (error) {
    if (error instanceof CallsimError && error.kind === "user") return null;
    throw error;
  }
}
