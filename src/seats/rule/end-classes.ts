// What an end condition (or a closing line) is about, read from its words: identity mismatch, busy,
// written follow-up, refusal, cancellation, escalation, all done… Used by both rule seats to pick
// "their" condition for a situation without knowing the scenario in advance.

export type EndClass =
  | "identity"
  | "busy"
  | "written"
  | "done"
  | "suggestion"
  | "refuse"
  | "cancel"
  | "escalate"
  | "hostile"
  | "misconduct"
  | "interrupted"
  | "novalue"
  | "fraud"
  /** The customer takes the alternative offered ("chooses the freeze instead"): never assumed for a plain close. */
  | "alternative"
  /** The customer wants time to think or compare ("再考虑", "I'll have a look around"). */
  | "defer";

const CLASS_PATTERNS: Record<EndClass, RegExp> = {
  identity: /非目标|身份不符|身份无法|无法核实|非.{0,6}本人|不是.{0,8}本人|接听人非|打错|not (?:the )?(?:right|intended|target)|person answering is not|is not [A-Z][a-z]+|(?:on the phone|who answered|answering) is not|wrong (?:person|number)|identity|cannot talk about the account|can'?t be verified/i,
  busy: /忙|紧急|事务|没空|开会|会议|叫走|简短|不便|时间紧|赶时间|停车场|插进来|改时间|改天|没时间|到站|下车|上课|出门|来客人|有人敲门|铃响|放学要去接|call is starting|bell (?:goes|rings)|has to (?:teach|leave|run)|knocks at the door|short on time|busy|can(?:no|')t talk|not a good time|has to go|have to go|(?:has|have|needs?) to leave|leave early|meeting|about to start|cuts? the call short|no time|in a hurry|driving|开车/i,
  written: /邮件|邮箱|短信|消息|书面|推送|发.{0,4}(?:给|我)|资料|e-?mail|in writing|written|send|message|sms|text/i,
  done: /(?<![不没无])(?:已|均)?(?:得到|获得).{0,8}(?:解答|回答|答复|数据|信息)|(?:无|没有)(?:其他|别的|更多)(?:疑问|问题)|(?<![不没])(?:知道|清楚|明白)了|(?<![不没])(?:知道|知晓|清楚)了?.{0,10}(?:时间|金额|安排|方式|材料|日期)|无继续|无额外|已了解|已明确|已复述|确认.{0,6}(?:知晓|方式|无误|了解)|(?<![不没])接受|认可|选定|选好|问题已|化解|(?<!(?:call-?back|call (?:you|me|her|him) back).{0,30})(?<!not )agrees?|(?:are|is) (?:all )?clear\b|says? thanks|\bknows (?:the|what|how|when)|confirms? (?:the |her |his |their )?(?:appointment|booking|date|time|order|slot|visit)|has heard|all done|all set|says (?:bye|goodbye)|gets the (?:\w+ ){0,3}(?:details|answer|information|info)\b|has (?:her|his|their) answer|no more questions|has decided|decides to|(?<![不没])同意|约好了|约定了具体|确认好了|已确定|确认按时|确认办理|弄清楚|问清|做了决定|thanks the caller|knows what happens|accepts?|has the (?:key )?(?:data|numbers)|all (?:questions|answered)|confirmed|got what/i,
  suggestion: /(?<!(?:无|没有|不)(?:额外|其他|更多)?)(?:建议|需求)|suggest|improvement idea|proposal/i,
  refuse: /不接受|不愿|拒绝|不续|近期不做|不做了|去其他|其他地方|换一家|敷衍|will not renew|won'?t renew|not renew|moving to another|another vendor|declin|refus|re-?tender|放弃|不满意/i,
  cancel: /撤销|取消|退订|提前结清|解约|cancel|revok|terminat/i,
  escalate: /回电|能做主|经理|主管|升级|再.{0,6}打(?:过来|给)|call(?:s|ing)? (?:\w+ )?back|call-back|callback|manager|escalat/i,
  hostile: /情绪失控|辱骂|直接挂断|立即挂断|忍无可忍|说要投诉|要投诉后|再投诉|abus|(?:angrily|abruptly|just) (?:hangs?|hung) up|(?:hangs?|hung) up on/i,
  misconduct: /推销|验证码|密码|套话|推卸|强行挽留|对方.{0,6}敷衍|being sold|sold to|pitch|pressur|disparag|dodg|sales|hard[- ]sell|pushy/i,
  interrupted: /中断|干扰|被打断|环境|信号|多次中断|无法继续|interrupt|disconnect|signal/i,
  novalue: /无实际价值|无价值|没.{0,2}价值|关联不大|没意义|no (?:real )?value|not worth|pointless/i,
  defer: /再考虑|(?:到期|以后|回头)再办|考虑一下|会考虑|再想想|想一想|再看看|货比三家|time to (?:think|compare|consider)|think (?:it )?over|think about it|have a look around|shop around|compare (?:quotes|prices|offers)/i,
  alternative: /\binstead\b|rather than|改为|改成|转而|换成|改办/i,
  fraud: /否认.{0,2}本人|否认.{0,4}办理|存疑|风控|诈骗|fraud|dispute|unauthori[sz]ed/i,
};

/** Classes an end condition or closing line belongs to (possibly several, possibly none). */
export function endClassesOf(text: string): Set<EndClass> {
  const found = new Set<EndClass>();
  for (const name of Object.keys(CLASS_PATTERNS) as EndClass[]) if (CLASS_PATTERNS[name].test(text)) found.add(name);
  return found;
}

/**
 * Best condition (0-based) for a situation: `wanted` lists classes from most to least fitting.
 * A condition scores by the best-ranked wanted class it has; ties go to the earlier condition.
 * Returns null when no condition has any wanted class.
 */
export function pickCondition(classes: readonly ReadonlySet<EndClass>[], wanted: readonly EndClass[], avoid: readonly EndClass[] = []): number | null {
  let best: number | null = null;
  let bestScore = 0;
  classes.forEach((set, index) => {
    let score = 0;
    wanted.forEach((name, rank) => {
      if (set.has(name)) score += (wanted.length - rank) * 10;
    });
    for (const name of avoid) if (set.has(name)) score -= 5;
    // A condition about something else that did not happen fits less well.
    // A wrong-person condition is never the answer to anything but a wrong person.
    for (const name of set) if (!wanted.includes(name) && name !== "interrupted") score -= name === "identity" ? 1000 : 15;
    // …but a condition about the situation itself stays a candidate.
    if (wanted[0] !== undefined && set.has(wanted[0])) score = Math.max(score, 1);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
