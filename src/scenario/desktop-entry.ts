// A freedesktop desktop entry that carries a script ("[Desktop Entry]", "[Desktop Action step1]", "[X-Notes]",
// "Key[zh_CN]=value") as Markdown, line for line. The launcher's own keys (Exec, Icon, Type, Categories…) are no
// content; the entry's localised name is the title; each "Desktop Action" group is an item of the script (its
// name the title, a say-like key the line said, branch-like keys its branches); each extension group ("[X-…]") is a
// part headed by its name, its keys read as the INI reader reads a table's (questions and answers, numbered keys
// as a numbered list, other keys as labelled lines). A key written both plain and localised is read localised.

import { ITEM_FIELDS } from "./ini-toml.js";
import { classifyHeading, type SectionKind } from "./section-names.js";

const GROUP = /^\s*\[([^[\]]{1,60})\]\s*$/u;
const ENTRY = /^\s*([A-Za-z][\w-]{0,40})(?:\[([\w@.-]{1,20})\])?\s*=\s*(.*)$/u;
const COMMENT = /^\s*[#;]/u;
const MAIN_GROUP = /^Desktop Entry$/iu;
const ACTION_GROUP = /^Desktop Action\s+(\S.{0,40})$/iu;
const EXTENSION = /^X-/iu;
const SPOKEN_KINDS: ReadonlySet<SectionKind> = new Set(["opening", "closingLines", "endAndClosing"]);
/** "约好了：…", "Booked: …": a value that opens on its own short name. */
const OWN_LABEL = /^([^:：“”"「」\s]{1,12})[:：]\s*(\S.*)$/u;
/** Action groups a file needs before it is read as a script. */
const MIN_ACTIONS = 2;

export function isDesktopEntry(lines: readonly string[]): boolean {
  const groups = lines.map((line) => GROUP.exec(line)?.[1]?.trim()).filter((name): name is string => name !== undefined);
  return groups.some((name) => MAIN_GROUP.test(name)) && groups.filter((name) => ACTION_GROUP.test(name)).length >= MIN_ACTIONS;
}

interface Entry { at: number; key: string; locale: string | null; value: string }
interface Group { at: number; name: string; entries: Entry[] }

function groupsOf(lines: readonly string[]): Group[] {
  const groups: Group[] = [];
  lines.forEach((line, at) => {
    if (COMMENT.test(line)) return;
    const group = GROUP.exec(line);
    if (group !== null) {
      groups.push({ at, name: (group[1] ?? "").trim(), entries: [] });
      return;
    }
    const entry = ENTRY.exec(line);
    if (entry !== null) groups[groups.length - 1]?.entries.push({ at, key: (entry[1] ?? "").replace(EXTENSION, ""), locale: entry[2] ?? null, value: (entry[3] ?? "").trim() });
  });
  return groups;
}

/** The entries read: a plain key that a localised one of the same name stands beside is left out. */
function localised(entries: readonly Entry[]): Entry[] {
  return entries.filter((e) => e.locale !== null || !entries.some((o) => o.key === e.key && o.locale !== null));
}

function roleOf(key: string): (typeof ITEM_FIELDS)[number][1] | undefined {
  const bare = key.replace(/[\s_-]*\d+$/u, "");
  return ITEM_FIELDS.find(([pattern]) => pattern.test(bare))?.[1];
}

/** "IdentityCheck" → "Identity check", "Customer-Record" → "Customer record". */
function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/gu, "$1 $2").replace(/[-_]+/gu, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** A value quoted as the line said, unless it quotes words itself (a direction naming a line does). */
function quoted(text: string): string {
  return /["“”「」『』]/u.test(text) ? text : `“${text}”`;
}

export function desktopEntryLines(lines: readonly string[]): string[] {
  const out = lines.map(() => "");
  const groups = groupsOf(lines);
  let actions = 0;
  for (const group of groups) {
    const entries = localised(group.entries);
    if (MAIN_GROUP.test(group.name)) {
      const name = entries.find((e) => e.key === "Name");
      if (name !== undefined) out[name.at] = `# ${name.value}`;
      continue;
    }
    const action = ACTION_GROUP.exec(group.name);
    if (action !== null) {
      // The first action opens the script: its heading is the word its ids share ("step1", "step2" → "Step").
      if (actions === 0) out[group.at] = `## ${words((action[1] ?? "").replace(/[\s_-]*\d+$/u, "")) || "Steps"}`;
      actions++;
      const title = entries.find((e) => roleOf(e.key) === "title");
      const said = entries.filter((e) => roleOf(e.key) === "line");
      // A name numbered already ("第2步 …", "Step 2 …") keeps its own number.
      const number = /^\D{0,6}\d{1,3}\D/u.test(title?.value ?? "") ? "" : `${actions}. `;
      if (title !== undefined) out[title.at] = `${number}${title.value}${said.length > 0 ? `：${said.map((e) => quoted(e.value)).join("")}` : ""}`;
      for (const e of entries) if (roleOf(e.key) === "branch") out[e.at] = `   - ${e.value}`;
      continue;
    }
    if (!EXTENSION.test(group.name)) continue;
    const heading = words(group.name.replace(EXTENSION, ""));
    out[group.at] = `## ${heading}`;
    const spoken = SPOKEN_KINDS.has(classifyHeading(heading, false).kind ?? "role");
    for (const e of entries) {
      // A group of one key ("[X-EndWhen]" over "Conditions=…"): the key only repeats what the group's name says.
      if (entries.length === 1) {
        out[e.at] = `- ${e.value}`;
        continue;
      }
      const role = roleOf(e.key);
      const numbered = /^\D{1,20}?(\d{1,3})$/u.exec(e.key);
      const named = OWN_LABEL.exec(e.value);
      if (role === "question") out[e.at] = `Q: ${e.value}`;
      else if (role === "answer") out[e.at] = `A: ${e.value}`;
      else if (spoken) out[e.at] = named !== null ? `- ${named[1] ?? ""}：${quoted(named[2] ?? "")}` : `- ${words(e.key)}：${quoted(e.value)}`;
      else if (numbered !== null) out[e.at] = `${numbered[1] ?? ""}. ${e.value}`;
      else out[e.at] = `- ${words(e.key)}：${e.value}`;
    }
  }
  return out;
}
