// "是不是推销的？" / "Is this a sales call?": when the caller's own side of the document promises no selling (or no
// request for passwords and codes), the caller says so plainly instead of "I don't know". Without such a promise in
// the document it makes none: the question then goes the usual way.
import type { CallerView } from "../seat.js";
import type { Language } from "../../schema/index.js";

const SALES_WORRY = /推销|营销|卖东西|推广|sales (?:call|pitch)|\bselling\b|sell me|trying to sell|\bpitch\b/i;
const SCAM_WORRY = /骗子|诈骗|骗人|是不是骗|\bscam|fraud|phishing|is this (?:real|legit)/i;
const NO_SALES = /(?:不|非|无|并非|不是|不会|不做|不涉及|不带|没有)(?:任何)?(?:营销|推销|推广|销售|广告)|不[^，。；,;、]{1,4}(?:营销|推销|推广)|\b(?:not|no|never|without|isn'?t|won'?t|doesn'?t)\b[\w\s-]{0,24}?\b(?:sales|selling|sell|marketing|pitch|promotion)\w*/i;
const NO_SECRETS = /不(?:会)?(?:索取|索要|询问|问).{0,8}(?:敏感|密码|验证码|卡号)|不涉及.{0,6}(?:敏感|隐私)|never (?:ask|asks) (?:for )?(?:your |any )?(?:password|pin|code|bank details|card)|(?:won'?t|will not|doesn'?t) ask (?:for )?(?:your |any )?(?:password|pin|code|bank details|card)/i;

const MANNER_ONLY = /hard|over|pushy|aggressive|过度|过分|强行|硬/i;

const LINES = {
  sales: { zh: "不是推销，您放心，今天只是就您的事情跟您确认几点，不会向您推荐任何产品。", en: "No, this isn't a sales call. I'm only calling about your account, and I won't try to sell you anything." },
  scam: { zh: "您的谨慎是对的。这是官方的回访电话，我不会向您索要任何敏感信息。", en: "Fair question. This is an official call, and I won't ask you for any sensitive details." },
} as const;

const promises = new WeakMap<CallerView, { sales: boolean; secrets: boolean }>();

function promisesOf(scenario: CallerView): { sales: boolean; secrets: boolean } {
  let found = promises.get(scenario);
  if (found === undefined) {
    const caller = scenario.caller;
    const text = [caller.role, caller.task, caller.opening ?? "", ...caller.steps.flatMap((s) => s.lines)].join("\n");
    // "does not hard-sell" / "不过度推销" limits the manner of selling; it does not promise there is none.
    const sales = [...text.matchAll(new RegExp(NO_SALES.source, "gi"))].some((m) => !MANNER_ONLY.test(m[0]));
    found = { sales, secrets: NO_SECRETS.test(text) };
    promises.set(scenario, found);
  }
  return found;
}

/** The reassurance the document backs for this worry, or null. */
export function reassurance(scenario: CallerView, question: string, language: Language): string | null {
  const backed = promisesOf(scenario);
  if (SCAM_WORRY.test(question) && backed.secrets) return LINES.scam[language];
  if (SALES_WORRY.test(question) && backed.sales) return LINES.sales[language];
  return null;
}
