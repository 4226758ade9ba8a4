// Diagnostic: every put-off of a customer question no knowledge-base entry matched, with whether the labels charge it
// and how much the document says on the question (best sentence match, shared words). Allowed parts only.
// `npx tsx bench/deflected-diagnose.ts PART,PART…`
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { documentTexts } from "../src/eval/identity-rule.js";
import { matchScore, sentences } from "../src/eval/segments.js";
import { profileOf, sharedWords } from "../src/text/similarity.js";
import { TURN_TOLERANCE } from "../src/eval/agreement/agreement.js";

const parts = (process.argv[2] ?? "dev").split(",");
for (const part of parts) {
  for (const item of await loadLabels(`tests/labelled/${part}`, { onUnreadableScenario: () => undefined })) {
    const card = evaluateCall(item.scenario, item.call);
    const check = card.checks.find((c) => c.id === "deflected-answer");
    const faults = check === undefined || check.passed ? [] : [...check.message.matchAll(/turn (\d+): put off the customer's question \(turn (\d+)\)/gu)].map((x) => ({ turn: Number(x[1]), asked: Number(x[2]) }));
    for (const f of faults) {
      const m = [0, f.asked];
      const asked = item.label.turns[Number(m[1])]?.text ?? "";
      const doc = documentTexts(item.scenario).flatMap((t) => sentences(t));
      let best = 0;
      let bestLine = "";
      let shared = 0;
      for (const line of doc) {
        const s = matchScore(asked, line);
        if (s > best) { best = s; bestLine = line; }
        shared = Math.max(shared, sharedWords(profileOf(asked), profileOf(line)));
      }
      const labelled = item.label.faults.some((l) => l.kind === "deflected-answer" && l.turn !== null && Math.abs(l.turn - f.turn) <= TURN_TOLERANCE);
      const clean = item.label.verdict === "pass" && item.label.faults.length === 0;
      const sim = card.simulator.checks.filter((c) => !c.passed && c.turns.includes(f.asked)).map((c) => c.id).join("+") || "-";
      console.log(`sim=${sim} ${labelled ? "CHARGED" : clean ? "CLEAN  " : "NOTLAB "} ${part} ${item.label.id} @${f.turn} best=${best.toFixed(2)} shared=${shared} Q="${asked.slice(0, 80)}" doc="${bestLine.slice(0, 70)}"`);
    }
  }
}
