// Whether a caller line asks who is on the phone ("请问是王伟先生吗？", "Hi, is this Alex Morgan?").

const IDENTITY_QUESTION = /请问(?:是|您是)|是.{1,10}(?:吗|么)[？?]|您是.{1,10}[？?]|本人吗|(?:确认|核实|验证).{0,6}(?:本人|身份)|is (?:this|that|it) (?!a good|right|correct|ok|okay|true|all|fine|clear)|am i (?:speaking|talking)|(?:speaking|talking) (?:to|with)|(?:could|can|may) i (?:speak|talk) (?:to|with)|are you|verify (?:your|that)|confirm (?:your identity|(?:that )?(?:it'?s|this is) you)/i;

export function asksIdentity(text: string, customerName: string): boolean {
  if (!IDENTITY_QUESTION.test(text)) return false;
  const first = customerName.trim().split(/[\s·]/)[0] ?? "";
  return customerName === "" || text.includes(customerName) || (first.length >= 2 && text.includes(first)) || /请问是|本人|身份|is this (?!a good|right|correct|ok|okay|true|all|fine|clear)|am i (?:speaking|talking)|(?:speak|talk) (?:to|with)|verify|confirm/i.test(text);
}

/** "哪位？" / "Who's this?": the phone is answered but the identity question is not. */
export const ASKS_WHO = /哪位|是谁|谁啊|谁呀|\bwho(?:'s| is| are)\b/i;
