// Generic cue words (Chinese and English) for what a line of speech does: confirm identity, say "busy",
// ask for it in writing, ask a question, complain, suggest, refuse… Nothing here belongs to one scenario.

export type Cue =
  | "yes"
  | "deny"
  | "busy"
  | "written"
  | "bye"
  | "refuse"
  | "cancel"
  | "question"
  | "complaint"
  | "suggestion"
  | "escalate"
  | "hurry"
  | "hold"
  | "thanks"
  | "pushback";

const NEG_ZH = "(?<![不没无别非])";

export const CUE_PATTERNS: Record<Cue, RegExp> = {
  yes: /^(?:[喂嗯哦啊唉欸诶]+[，,。.!！…\s]*)?(?:是我|我是|对[，,。.!！的]?|对对|是的|是啊|没错|嗯[，,。]|嗯嗯|在的|我就是|是[，,。!！])|\b(?:yes|yeah|yep|speaking|that's me|this is (?:she|he|me)|it's me|correct|go ahead)\b/i,
  deny: /不是我|不是本人|不是他|不是她|他不在|她不在|没有这个人|没这个人|打错了|你打错|找错人|我不是|(?:^|[，,。\s])不是[，,。!！]|wrong (?:number|person)|not (?:him|her|me)\b|(?:isn'?t|is not|not) (?:here|available|in)\b|^no\b(?![\s,]*(?:problem|worries|rush|doubt|need))[^?]*$|this isn'?t|you(?:'ve| have) (?:got )?the wrong|i'm (?:his|her) (?:colleague|assistant|wife|husband)/i,
  busy: /我在忙|在忙|很忙|太忙|有点忙|忙着|先忙|去忙|要忙|忙去了|没空|没时间|有事|开会|要开会|得开会|在开车|开车呢|赶时间|来不及|不方便|走不开|马上.{0,4}(?:会|走)|\bbusy\b|\bmeeting\b|no time|short on time|in a hurry|(?:have|got|gotta|need) to (?:go|run|jump)|can'?t talk|bad time|driving|running late|minutes? before/i,
  written: /邮箱|邮件|发我|发给我|发过来|发一下|发个|短信|消息|书面|微信|材料|\be-?mail|\bin writing\b|\bwritten\b|send (?:it|me|everything|them|that|over|the)|\btext me\b|\bsms\b|put (?:it|everything|all|that)[\w\s]{0,20} in writing/i,
  bye: /再见|拜拜|先这样|就这样吧|挂了|不聊了|行，知道了|我自己去|我自己来|i'll (?:do|handle|sort) it myself|\bbye\b|goodbye|that's all|talk (?:soon|later)|gotta go|hang(?:ing)? up/i,
  refuse: /不需要|不用了|没兴趣|不感兴趣|不考虑|不续|不打算|不接受|不同意|算了|换一家|换别家|\bnot interested\b|won'?t renew|not (?:going to )?renew|moving to|switch(?:ing)? to|no thanks|don'?t need|evaluate all options|not accept/i,
  cancel: /撤销|撤了|撤掉|取消|退掉|退订|解约|不分了|不办了|\bcancel|\brevoke|\bterminate|\bwithdraw|opt out/i,
  question: /[？?]|吗[。！!…]*$|(?:多少|怎么(?!说呢|讲呢)|为什么|为啥|什么|哪|几[点号个天次]|能不能|是不是|有没有|会不会|要不要|可不可以|行不行|如何|是否)|^(?:how|what|why|when|where|which|who|can|could|do|does|did|is|are|will|would|should)\b|\b(?:i need to know|tell me|explain|walk me through|i want to understand|i'?d like to (?:know|understand))\b/i,
  complaint: /投诉|不满|太慢|很慢|慢了|拖了|拖慢|卡住|卡在|没人管|石沉大海|敷衍|失望|窝火|生气|离谱|糟糕|太差|很差|扣了|损失|耽误|气死|\bcomplain|terrible|unacceptable|frustrat|disappoint|outage|too slow|\bmissed\b|cost us|not happy|annoy|waste/i,
  suggestion: new RegExp(`${NEG_ZH}建议|希望你们|最好(?:能|是|把)|应该(?:把|要|多)|能不能(?:把|改|加|多)|要是能|\\bsuggest|\\brecommend|\\bshould\\b|would be (?:better|nice|great)|it would help|i'd like you to|why not`, "i"),
  escalate: /能做主|领导|主管|经理|负责人|回电|回个电话|打回来|再打给我|再打过来|晚点打|升级|call (?:me )?(?:back )?later|manager|supervisor|someone (?:who|senior)|call me back|escalat/i,
  hurry: /直接说|快说|说重点|重点|下一个|还有几个|还有别的|然后呢|长话短说|别绕|说到哪|说到几|刚说到|你说吧|你继续|get to the point|go on|\bgo\.?$|what else|next|bottom line|keep it short|where were we/i,
  hold: /等一下|等下|稍等|接个电话|hold on|one sec|just a sec|give me a (?:sec|second|moment)/i,
  thanks: /谢谢|感谢|多谢|\bthanks?\b|thank you|appreciate/i,
  pushback: /具体|数据|报表|对比|笼统|别说|别跟我|只是说说|真有|真能|到底|证明|水分|definition|defined|how (?:are you|is that) (?:count|defin|measur)|actually|numbers?|vague|evidence|prove|in writing/i,
};

export function hasCue(text: string, cue: Cue): boolean {
  return CUE_PATTERNS[cue].test(text.trim());
}

export function cuesOf(text: string): Set<Cue> {
  const found = new Set<Cue>();
  const trimmed = text.trim();
  for (const cue of Object.keys(CUE_PATTERNS) as Cue[]) if (CUE_PATTERNS[cue].test(trimmed)) found.add(cue);
  return found;
}

/** Follow-up channel named in a line, if any. */
export function channelOf(text: string): "email" | "sms" | "phone" | "app" | "other" | null {
  if (/邮箱|邮件|e-?mail|\bmail\b|inbox/i.test(text)) return "email";
  if (/短信|\bsms\b|\btext\b|文字消息/i.test(text)) return "sms";
  if (/\bapp\b|应用内|小程序/i.test(text)) return "app";
  if (/回电|打电话|打回|电话联系|call (?:me|back)|phone/i.test(text)) return "phone";
  if (CUE_PATTERNS.written.test(text)) return "other";
  return null;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?<![\d.])(?:\+?\d{1,3}[ -]?)?(?:1[3-9]\d{9}|\(?\d{3}\)?[ -]?\d{3}[ -]?\d{4}|\d{3,4}-\d{7,8})(?![\d.])/;

/** An email address or phone number given in a line. */
export function contactOf(text: string): { channel: "email" | "phone"; contact: string } | null {
  const email = EMAIL.exec(text);
  if (email) return { channel: "email", contact: email[0] };
  const phone = PHONE.exec(text);
  if (phone) return { channel: "phone", contact: phone[0].trim() };
  return null;
}
