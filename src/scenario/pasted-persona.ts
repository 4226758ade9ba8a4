// A persona pasted after the caller's prompt as a file of its own: "===== FILE: persona_ann.txt =====" over "You are
// Ann Lee, …" and a few lines of how she behaves. Read with no side heading it stays on the caller's side (a second
// role, or a profile of someone else); after the caller's own role and script, it is the person called.

import { CALLER_KINDS, classifyHeading } from "./section-names.js";
import { YOU_ARE } from "./section-bodies.js";
import type { Outline, RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** "your profile", "我的角色": a qualifier that is the reader itself, not another person. */
const OWN = /(?<![a-z])(?:your|you|my|own|our)(?![a-z])|你的|我的|自己/iu;

export function pastedPersona(doc: Outline, decisions: Decision[]): void {
  // A callee side only implied by later parts ("How you behave", "Style - don't") begins at the persona before them.
  if (doc.sideLine.callee !== null) return;
  const sections = doc.caller;
  const at = sections.findIndex((s, i) => i > 0 && isPersona(s) && [...doc.preface, ...sections.slice(0, i)].some(ownRole) && sections.slice(0, i).some(script));
  if (at < 0) return;
  // Only the persona and what it holds after it: nothing of the caller's own parts may follow. A record addressed to
  // "you" ("What you know") is what the person played knows: its background.
  const moved = sections.slice(at).map((s) => (s.kind === "customerProfile" && OWN.test(s.title) ? { ...s, kind: "background" as const } : s));
  if (moved.some((s) => s.kind !== null && s.kind !== "role" && CALLER_KINDS.has(s.kind))) return;
  const first = moved[0] as RawSection;
  decisions.push({ field: "callee side", lines: moved.map((s) => s.line), evidence: `'${first.title}' after the caller's role and script opens with who "you" are: a persona pasted as a file of its own` });
  doc.caller = sections.slice(0, at);
  doc.callee = [...withBehaviours(first), ...moved.slice(1), ...doc.callee];
  doc.sideLine.callee = first.line;
}

/** A role named with a word of its own ("persona ann") whose text opens with "You are …". */
function isPersona(s: RawSection): boolean {
  if (s.kind !== "role" || s.title.trim() === "" || OWN.test(s.title)) return false;
  if (classifyHeading(s.title, true).kind === "role") return false;
  const opening = s.body.find((line) => line.text.trim() !== "");
  return opening !== undefined && YOU_ARE.test(` ${opening.text.trim().slice(0, 40)}`) && /^\s*(?:你是|你叫|you are|your name is)/iu.test(opening.text);
}

function ownRole(s: RawSection): boolean {
  // "ABOUT THIS PLAYBOOK" over "You are Ann Lee, the clinic's …": a part of no known kind telling the caller who it is.
  return (s.kind === "role" && classifyHeading(s.title, true).kind === "role") || ((s.intro || s.kind === null) && s.body.some((line) => YOU_ARE.test(line.text)));
}

function script(s: RawSection): boolean {
  return s.kind === "steps" || s.kind === "opening";
}

/** "You are Ann Lee, …" over "- You ask …" bullets: the list after the sentence is how the person behaves. */
function withBehaviours(s: RawSection): RawSection[] {
  const at = s.body.findIndex((line) => LIST_ITEM.test(line.text));
  if (at <= 0 || s.body.slice(at).some((line) => line.text.trim() !== "" && !LIST_ITEM.test(line.text) && !/^\s{2,}\S/u.test(line.text))) return [s];
  const list = s.body.slice(at);
  return [{ ...s, body: s.body.slice(0, at) }, { ...s, kind: "behaviours", title: "", line: list[0]?.no ?? s.line, body: list }];
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)、])\s+\S/u;
