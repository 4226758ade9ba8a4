// Generic short lines for the rule callee when its own document gives nothing fitting: "yes, speaking",
// "wrong number", a bare acknowledgement, a plain goodbye per kind of ending. No figures, no scenario words.
import type { Language } from "../../schema/index.js";
import type { EndClass } from "./end-classes.js";

type Table = Record<Language, readonly string[]>;

export const CALLEE_PHRASES = {
  yes: { zh: ["对，是我。", "嗯，是我。", "是我，你说。"], en: ["Yes, speaking.", "That's me.", "Speaking."] } as Table,
  deny: { zh: ["不是，你打错了吧。", "我不是，你找错人了。", "不是本人，你打错了。"], en: ["No, you've got the wrong number.", "Sorry, wrong person. No one by that name here."] } as Table,
  denyAgain: { zh: ["我说了不是，挂了啊。"], en: ["Like I said, wrong number. Bye."] } as Table,
  /** Asked for a card number / digits it does not have at hand. */
  noCode: { zh: ["是我本人，卡号我手边没有，你说吧。"], en: ["Yes, it's me. I don't have the number in front of me, go ahead."] } as Table,
  ack: { zh: ["嗯。", "嗯，你说。", "行，然后呢？", "好。", "嗯嗯。"], en: ["Okay.", "Go on.", "Right.", "Mm-hm. And?"] } as Table,
  agree: { zh: ["对。", "是的。", "嗯，对。"], en: ["Yes.", "Right, that's correct.", "Yes, that's right."] } as Table,
  hurry: { zh: ["等等，你直接说重点。", "说重点吧。"], en: ["Sorry, can you get to the point?", "Keep it short, please."] } as Table,
  suggestion: { zh: ["我的建议是，有进展就书面发给我，别光说不做。"], en: ["My suggestion: send progress in writing, regularly, not just promises."] } as Table,
  experiencePrefix: { zh: ["说实话，", "怎么说呢，"], en: ["Honestly, ", "To be frank, "] } as Table,
} as const;

const ENDINGS: Record<Language, Partial<Record<EndClass, string>>> = {
  zh: {
    done: "行，知道了，就这样吧。",
    written: "你把资料发我吧，我自己看。",
    busy: "我这边有事，先这样，回头再说。",
    interrupted: "实在不方便，你晚点再打给我吧。",
    novalue: "行，谢谢，先这样吧。",
    refuse: "算了，不用了。",
    escalate: "你让你们管事的给我回个电话。",
    cancel: "那我自己去操作吧。",
    defer: "我再考虑考虑，回头再说。",
  },
  en: {
    done: "Okay, got it. That's all for now.",
    written: "Send it to me in writing, I'll look at it.",
    busy: "I have to go, something came up. Let's pick this up later.",
    interrupted: "This isn't a good moment. Call me back later.",
    novalue: "Thanks, but I don't think this is useful for me. Bye.",
    refuse: "No thanks, I'm not interested.",
    escalate: "Have someone who can actually decide call me back.",
    cancel: "I'll do it myself then.",
    defer: "Let me think it over. I'll get back to you.",
  },
};

const THANKED: Record<Language, string> = { zh: "好，清楚了，谢谢，再见。", en: "Great, that's clear. Thanks, bye." };

/** `thanked`: the condition says the customer thanks the caller as she goes. */
export function genericEnding(language: Language, kind: EndClass, thanked = false): string {
  if (thanked && kind === "done") return THANKED[language];
  return ENDINGS[language][kind] ?? ENDINGS[language].done ?? "";
}
