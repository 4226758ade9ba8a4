// A systemd unit that carries a script in its Environment= lines ("Environment=\"STEP_1_SAY=…\""), as Markdown line
// for line: the assignments are read by their key families (key-families.ts); an extension section of the unit's own
// ("[X-Notes]") is a part headed by its name, its "Key=value" lines labelled lines; the unit's settings ("[Unit]",
// "ExecStart=…", "Restart=…") and its comments are no content.

import { hasKeyFamilies, keyFamilyLines, type Assignment } from "./key-families.js";

const SECTION = /^\s*\[([A-Za-z][\w -]{0,40})\]\s*$/u;
const UNIT_SECTION = /^\s*\[(?:Unit|Service|Install|Socket|Timer|Path|Mount|Slice|Scope)\]\s*$/u;
const ENVIRONMENT = /^\s*Environment\s*=\s*(?:"([A-Za-z_][\w.-]{0,60})=((?:[^"\\]|\\.)*)"|([A-Za-z_][\w.-]{0,60})=(.*))\s*$/u;
const SETTING = /^\s*([A-Za-z][\w.-]{0,40}(?:\[[\w@.-]{1,20}\])?)\s*=\s*(.*)$/u;
const EXTENSION = /^X-/iu;
/** Environment= lines a unit needs before its environment is read as a document. */
const MIN_ASSIGNMENTS = 6;

function assignmentsOf(lines: readonly string[]): Assignment[] {
  const out: Assignment[] = [];
  lines.forEach((line, at) => {
    const m = ENVIRONMENT.exec(line);
    if (m === null) return;
    const quoted = m[1] !== undefined;
    out.push({ at, key: (quoted ? m[1] : m[3]) ?? "", value: (quoted ? (m[2] ?? "").replace(/\\(.)/gu, "$1") : (m[4] ?? "")).trim() });
  });
  return out;
}

export function isSystemdUnit(lines: readonly string[]): boolean {
  if (!lines.some((line) => UNIT_SECTION.test(line))) return false;
  const assignments = assignmentsOf(lines);
  return assignments.length >= MIN_ASSIGNMENTS && hasKeyFamilies(assignments);
}

/** "X-Roleplay-Callee" → "Roleplay Callee". */
function sectionTitle(name: string): string {
  return name.replace(EXTENSION, "").replace(/[-_]+/gu, " ").trim();
}

export function systemdUnitLines(lines: readonly string[]): string[] {
  const out = lines.map(() => "");
  const free = new Set<number>();
  let extension = false;
  lines.forEach((line, at) => {
    const section = SECTION.exec(line);
    if (section !== null) {
      extension = EXTENSION.test(section[1] ?? "");
      if (extension) out[at] = `## ${sectionTitle(section[1] ?? "")}`;
      else free.add(at);
      return;
    }
    const setting = extension && !ENVIRONMENT.test(line) ? SETTING.exec(line) : null;
    if (setting !== null) out[at] = `- ${setting[1] ?? ""}：${(setting[2] ?? "").trim()}`;
    else if (!ENVIRONMENT.test(line)) free.add(at);
  });
  for (const [at, text] of keyFamilyLines(assignmentsOf(lines), lines, free)) out[at] = text;
  return out;
}
