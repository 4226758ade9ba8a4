// A line under a step that opens on a short situation and then says what to do: "- 不在：请家人转告…", "- No answer:
// try again tomorrow", "打错 → 道歉，结束", "✗ Wrong? → close politely". The situation is a condition, so the line is a
// branch of the step, not a line to say. Told apart from a field label ("Say:", "话术：", "Note:", "客户：") by a table of
// the labels that name what a line is or who speaks, which are never conditions.

/** A bullet, a cross mark or an arrow before the situation ("→ 打错了：道歉"); a colon form needs one, an arrow does not. */
const MARK = /^\s*(?:[-*+•·▪●○◦✗✘×→↳➜➔]\s*)+/u;

/** "<situation> → <what to do>": at most 40 characters before the arrow, no quote in them. */
const ARROW = /^([^“”"「」→]{1,40}?)\s*(?:→|->|=>|⇒)\s*(\S.*)$/u;

/** "<situation>：<what to do>": a label of at most 24 characters without a quote. */
const COLON = /^([^“”"「」:：]{1,24})[:：]\s*(\S.*)$/u;

/**
 * Labels that name the line itself, a field, or a speaker: what follows them is said, noted or quoted, not done
 * under a condition. Generic words only (both languages); matched on the whole label.
 */
const FIELD_LABELS =
  /^(?:(?:参考|示范|标准)?(?:话术|台词|说法|问法|说|问|答|回答|答复|回复|示例|范例|举例|目的|目标|任务|注意|注意事项|提示|提醒|要点|重点|动作|操作|确认|核实|说明|备注|禁止|语气|技巧|原则|要求|结果|记录|场景|情景|时间|地点|地址|费用|价格|金额|内容|方式|客户|用户|顾客|坐席|客服|对方|我|你|我方|机器人|AI|销售|外呼员?)|say|says|ask|asks|tell|answer|reply|response|note|notes|nb|tip|tips|hint|goal|aim|purpose|objective|task|action|do|check|confirm|verify|explain|mention|offer|avoid|remember|key points?|tone|script|lines?|sample|example|examples|e\.g\.|i\.e\.|agent|ai|bot|assistant|caller|customer|client|user|callee|you|me|rep|staff|scene|scenario|time|date|place|address|price|cost|fee|amount|result|record|log|why|what|how|when|where|who|question|q|a)$/iu;

/** A label that opens on what the caller is to do ("重点问大件", "Ask about the date") is an instruction's title. */
const INSTRUCTION_LEAD =
  /^(?:重点|注意|提示|要点|询问|问|确认|核实|核对|说明|告知|告诉|提醒|介绍|强调|记录|记下|登记|引导|邀请|推荐|报|讲|解释|安抚|道歉|感谢|致谢|主动|务必|必须|切勿|不要|别|ask|check|confirm|tell|mention|explain|offer|remind|note|say|verify|record|log|write|introduce|invite|recommend|thank|apologi[sz]e|make sure|be sure|don't|do not|never|always|remember)(?![a-z])/iu;

const QUOTE = /[“”"「」]/u;

/**
 * A label that speaks (addresses the customer, speaks as the caller, or opens on a spoken discourse word: "So, just to
 * confirm:", "我把您的反馈记录一下：") is the start of a line to say, never a situation.
 */
const SPEAKS = /^[‘'`]|[您你]|^(?:我|那么|好的|好，|先说)|\b(?:you|your|I|we|let's)\b|^(?:so|ok|okay|well|right|now|great)\b/iu;

/** The branch text when the line is "<situation><sep><what to do>" under a step, else null. */
export function conditionBranch(raw: string): string | null {
  const marked = MARK.exec(raw);
  const text = raw.slice(marked?.[0].length ?? 0).trim();
  const arrow = ARROW.exec(text);
  if (arrow !== null && situation(arrow[1] ?? "")) return text;
  if (marked === null) return null;
  const colon = COLON.exec(text);
  // "若客户问能否分期：“可以按季度缴。”": a situation that only labels a quote is the caller's conditional line.
  if (colon !== null && situation(colon[1] ?? "") && !/^[\d“"「]/u.test(colon[2] ?? "")) return text;
  return null;
}

/**
 * A Chinese situation is a few characters ("不在", "打错了", "没时间") unless it opens on a condition or on who is in it
 * ("如果客户说已经修好", "家属接听"); a longer label without such an opening is a statement to say.
 */
const CJK_SHORT = 8;
const CJK_OPENER = /^(?:如果|如|若|假如|要是|万一|当|客户|对方|用户|顾客|家属|家人|本人|接听人|非本人|接电话的)/u;

function cjkStatement(label: string): boolean {
  return (label.match(/\p{Script=Han}/gu)?.length ?? 0) > CJK_SHORT && !CJK_OPENER.test(label);
}

/** A short situation: no quote, not speech, not a field or speaker label, at most six words. */
function situation(label: string): boolean {
  const bare = label.trim().replace(/[?？]$/u, "").trim();
  if (bare === "" || QUOTE.test(bare) || SPEAKS.test(bare) || cjkStatement(bare) || FIELD_LABELS.test(bare) || INSTRUCTION_LEAD.test(bare)) return false;
  return bare.split(/\s+/u).length <= 6;
}
