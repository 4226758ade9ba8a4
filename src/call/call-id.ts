// Deterministic call ids: the same scenario, seed and seat kinds always name the same call (and file).
import { hashString } from "../util/random.js";

/** A file-name-safe id such as "00-seed-service-followup-s7-rule-rule-1a2b3c4d". */
export function callId(scenarioId: string, seed: number, callerKind: string, calleeKind: string, seatNames: readonly (string | undefined)[] = []): string {
  const safe = scenarioId.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "scenario";
  // Two agents of one kind (two endpoints) must not share a file; unnamed seats keep their historic ids.
  const names = seatNames.some((n) => n !== undefined) ? `\u0000${seatNames.map((n) => n ?? "").join("\u0000")}` : "";
  const hash = hashString(`${scenarioId}\u0000${seed}\u0000${callerKind}\u0000${calleeKind}${names}`).toString(16).padStart(8, "0");
  return `${safe}-s${seed}-${callerKind}-${calleeKind}-${hash}`;
}
