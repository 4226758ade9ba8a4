// The few generic lines a rule seat may need when the document gives none: honest "I'll follow up in
// writing", acknowledgements, a polite goodbye per kind of ending. No figures, nothing scenario-specific.
import type { Language } from "../../schema/index.js";
import type { EndClass } from "./end-classes.js";

export interface Names {
  caller: string;
  organization: string | null;
  customer: string;
}

const UNKNOWN = {
  zh: [
    "这个问题我手头没有准确的信息，不想随口给您说个数。我先记下来，之后以书面形式回复您。",
    "这个我手头没有准确的数，不乱说，先记下来，之后书面回复您。",
    "这一点我现在不确定，先记下来，核实之后书面回复您。",
  ],
  en: [
    "I don't have a reliable answer to that in front of me, and I'd rather not guess. I'll note it and follow up in writing.",
    "I'm not sure on that one right now. I'll check and get back to you in writing.",
    "I don't have that confirmed, so I won't guess. I've noted it and will follow up in writing.",
  ],
} as const;

/** An honest "I don't know, I'll follow up in writing" (each wording plainly says so); `variant` picks one (0 = the plainest). */
export function unknownAnswer(language: Language, variant = 0): string {
  const list = UNKNOWN[language];
  return list[Math.abs(Math.floor(variant)) % list.length] ?? list[0];
}

/**
 * "This is NAME from ORG." / "我是ORG的NAME。": said after the script's first line when neither the opening nor that
 * line says who is calling (a caller who never introduces itself fails every script's first duty). Null without a name.
 */
export function introduction(language: Language, names: Names): string | null {
  if (names.caller.trim() === "") return null;
  if (language === "zh") return names.organization ? `我是${names.organization}的${names.caller}。` : `我是${names.caller}。`;
  return names.organization ? `This is ${names.caller} from ${names.organization}.` : `This is ${names.caller}.`;
}

export function acknowledge(language: Language, kind: "complaint" | "suggestion" | "written" | "hold" | "plain"): string {
  const zh = { complaint: "明白，这个情况我如实记下来了。", suggestion: "好的，您的建议我记下了。", written: "好的，相关内容我会书面发给您。", hold: "好的，您先忙，我等您。", plain: "好的。" };
  const en = { complaint: "Understood, I've noted that exactly as you said it.", suggestion: "Good point, I've written that down.", written: "Sure, I'll put that in writing for you.", hold: "Sure, take your time.", plain: "Okay." };
  return (language === "zh" ? zh : en)[kind];
}

export function genericClosing(language: Language, kind: EndClass, names: Names): string {
  if (kind === "identity") {
    if (language === "zh") {
      const who = `${names.organization ?? ""}${names.caller}`;
      return `不好意思，打扰您了。我是${who}，${names.customer ? `麻烦您方便时转告${names.customer}，` : ""}我们另找时间再打给您，再见。`;
    }
    const from = names.organization ? ` from ${names.organization}` : "";
    return `Sorry for the trouble. This is ${names.caller}${from}. ${names.customer ? `Could you ask ${names.customer} to call me back? ` : ""}Thank you, goodbye.`;
  }
  const zh: Partial<Record<EndClass, string>> = {
    busy: "好的，不耽误您了，相关内容稍后书面发给您，再见。",
    written: "好的，相关内容稍后书面发给您，有疑问您随时找我们，再见。",
    refuse: "好的，理解您的决定，感谢您抽时间接听，再见。",
    novalue: "好的，理解，感谢您抽时间接听，再见。",
    escalate: "好的，我会安排能做决定的同事尽快给您回电，再见。",
    hostile: "非常抱歉给您带来不好的体验，我们会再跟进，再见。",
  };
  const en: Partial<Record<EndClass, string>> = {
    busy: "Understood, I won't keep you. I'll send the details in writing. Goodbye.",
    written: "Sure, I'll send everything in writing. Reply with any questions. Goodbye.",
    refuse: "Understood, I respect your decision. Thanks for your time, goodbye.",
    novalue: "Understood. Thanks for your time, goodbye.",
    escalate: "Understood. I'll have someone who can decide call you back. Goodbye.",
    hostile: "I'm sorry this wasn't a better call. We'll follow up. Goodbye.",
  };
  const table = language === "zh" ? zh : en;
  return table[kind] ?? (language === "zh" ? "好的，感谢您的时间，再见。" : "Thanks for your time. Goodbye.");
}

/** Read the customer's contact back before closing. */
export function confirmContact(language: Language, contact: string): string {
  return language === "zh" ? `好的，我记下了：${contact}，资料会发到这里。` : `Got it: ${contact}. That's where I'll send it.`;
}

/** A line for a step that has no sample lines, built from its title. */
export function stepFromTitle(language: Language, title: string): string {
  const clean = title.replace(/[。.!！]+$/, "");
  return language === "zh" ? `接下来说一下：${clean}。` : `Next, briefly: ${clean}.`;
}
