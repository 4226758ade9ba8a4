// A persona's name where no role section gives it: "You are Ann Lee, 54, …" opening its background, or a title that
// names the person after the persona's label ("# Persona: Ann Lee", "# 客户人设：某某").

import { identityOf } from "./identity.js";
import { classifyHeading } from "./section-names.js";

/** A Latin full name (two or three capitalised words) or two to four Han characters, nothing else. */
const PERSON_NAME = /^(?:[A-Z][\p{Ll}'’-]+(?:[ -][A-Z][\p{Ll}'’-]+){1,2}|\p{Script=Han}{2,4})$/u;
const TITLE_LABEL = /^\s*([^:：]{1,40}?)\s*[:：]\s*(.{2,60}?)\s*$/u;

/** The name a background paragraph gives the person ("You are Ann Lee, …", "你叫某某，…"). */
export function backgroundName(background: string): string {
  return background === "" ? "" : identityOf(background).name;
}

/** "Persona: Ann Lee", "Customer simulator: Ann Lee", "客户人设：某某": the name after a label naming the persona. */
export function titleName(title: string | null): string {
  if (title === null) return "";
  const m = TITLE_LABEL.exec(title.replace(/^#+\s*/u, ""));
  if (m === null) return "";
  const name = (m[2] ?? "").trim();
  if (!PERSON_NAME.test(name)) return "";
  const label = classifyHeading(m[1] ?? "", false);
  return label.kind === "role" || label.side === "callee" ? name : "";
}
