// A role paragraph that states the task under a label of its own ("你是…专员。任务：…", "Case handler at ….\nJob: …"):
// the labelled part is the task, the text before it the role.

import { classifyHeading } from "./section-names.js";

/** A label after the start, a line break or a sentence end, then a colon: where a labelled part begins. */
const LABEL = /(^|\n|[。！!；;]|\.\s)\s*([^\s:：，,。.\n][^:：，,。.\n]{0,11}?)\s*[:：]/gu;
/** "Job" names the caller's task only here, inside its own role text (a persona's "Job:" is an occupation). */
const ROLE_TASK_WORDS = /^(?:job|your task|your job)$/i;

/** Role and task apart, or null when the role text labels no task. */
export function taskInRole(role: string): { role: string; task: string } | null {
  for (const m of role.matchAll(LABEL)) {
    const label = (m[2] ?? "").trim();
    if (classifyHeading(label, false).kind !== "task" && !ROLE_TASK_WORDS.test(label)) continue;
    const cut = m.index + (m[1] ?? "").length;
    const task = role.slice(m.index + m[0].length).replace(/\s*\n\s*/g, " ").trim();
    const before = role.slice(0, cut).trim();
    if (task === "" || before === "") return null;
    return { role: before, task };
  }
  // No label: a sentence that says why the caller rings is the task; the role keeps its whole text.
  const purpose = PURPOSE.exec(role);
  return purpose === null ? null : { role, task: purpose[0].replace(/\s*\n\s*/g, " ").trim() };
}

/** "You are calling to…", "The purpose of this call is…", "你这次打电话是为了…": the sentence that states the call's purpose. */
const PURPOSE = /(?:you(?:'re| are| will be) calling (?:to|about|because|in order to)|the (?:purpose|goal|aim) of (?:this|the|your) call is|你(?:这次|本次)?(?:打电话|来电|致电|外呼)(?:是)?(?:为了|的目的是)|(?:本次|这次)(?:通话|电话|外呼)的?(?:目的|任务)是)[^.。!！?？]{3,600}[.。!！]?/iu;
