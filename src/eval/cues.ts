// Generic Chinese/English cue words the rule checks look for. Nothing here belongs to one scenario:
// these are the ordinary ways people ask, refuse, hurry, sell or sound like an assistant on the phone.

/** A question: question marks, Chinese sentence-final particles, or an English question opener. */
export const QUESTION =
  /[?？]|[吗呢么]\s*[。.!！]?\s*$|(怎么|如何|为什么|为啥|多少|多久|几[个天次分]|什么|哪[个些里]|能不能|可不可以|是不是|有没有|会不会|想知道|想问|问一下|问问)|^\s*(what|why|how|when|where|who|which|can|could|do|does|did|is|are|will|would)\b|\b(i (?:need|want|would like|'d like) to know|tell me|i'm wondering|i wonder)\b/iu;

/** A negator in the same clause before a cue: "不会索取", "we will never ask", "don't share". */
export const NEGATION_BEFORE =
  /(不|别|勿|无需|无须|没有|绝不|从不|从来不|并不|不会|不用|切勿|\bnot\b|\bnever\b|\bno\b|n't\b|\bwithout\b)/iu;

/** Asking for something: polite request verbs, "tell me", question forms. */
export const REQUEST =
  /(请|麻烦|提供|告诉|报一下|报下|说一下|说下|念一下|念下|输入|发一下|发给我|确认一下|核对|核实|是多少|多少|[?？]|吗|\bplease\b|\bprovide\b|\btell me\b|\bgive me\b|\bread (me|out)\b|\bconfirm\b|\bverify\b|\bshare\b|\bneed\b|\bwhat(?:'s| is)\b|\bcan you\b|\bcould you\b|\bwould you\b)/iu;

/** Sensitive personal data a caller should not ask for. */
export const SENSITIVE =
  /(身份证|证件号|银行卡|卡号|支付密码|登录密码|密码|验证码|动态码|校验码|安全码|CVV2?|社保号|护照号|卡片有效期|卡的有效期|\bsocial security\b|\bSSN\b|\bpasswords?\b|\bpasscode\b|\bverification code\b|\bone[- ]time (?:pass)?code\b|\bOTP\b|\bPIN\b|\bcard number\b|\bsecurity code\b|\bexpir(?:y|ation) date\b|\b(?:bank )?account number\b|\brouting number\b|\bpassport number\b|\bID number\b)/iu;

/** The script says the call is not a sales call. "不过分推销" / "does not hard-sell" are about manner, not purpose. */
export const NOT_MARKETING =
  /((不|非|无|并非|不是|不会|不做|不涉及|不带|没有)(任何)?(营销|推销|推广|销售|卖东西|广告)|\b(not|no|never|without|isn't|won't)\b[\w\s-]{0,24}?\b(sales|selling|sell|marketing|pitch|promotion|advert)\w*)/iu;
export const MANNER_ONLY = /(过分|过度|硬|强行|hard[- ]|over)/iu;

/** Pushing a sale. Words the scenario's own caller script uses are exempted by the check itself. */
export const SALES_PUSH =
  /(优惠|折扣|打折|促销|特价|限时|活动价|购买|订购|下单|加购|套餐|升级到|赠送|返现|抢购|名额有限|划算|办一个|办个|开通一下|\bdiscount\b|\bspecial offer\b|\bpromotion\b|\bpromo\b|\blimited[- ]time\b|\bdeal\b|\bbuy\b|\bpurchase\b|\bupgrade\b|\bupsell\b|\bsign up\b|\badd-on\b|\bbundle\b|\bfree trial\b|\bact now\b|\btoday only\b)/giu;

/** Said by the customer: confirms being the person asked for. */
export const AFFIRM =
  /^\s*(?:(?:喂|哎|诶|啊|呃|oh|hi|hello|um|uh|ah)[，,.!！\s]*)?(嗯|是的|是我|是|对的|对|没错|我就是|我是|正是|yes\b|yeah\b|yep\b|yup\b|speaking\b|that's me|this is (?:she|he)\b|it is\b|correct\b|sure\b|uh-huh)/iu;
export const DENY =
  /(不是|打错|没这个人|没有这个人|不在|不认识|你找错|wrong number|not me\b|^\s*no\b|^\s*nope\b|isn't here|is not here|not available|wrong person|you have the wrong)/iu;

/** Time pressure, said by the customer: the call has to stop or move. */
export const TIME_PRESSURE =
  /(忙|有事|开会|会议|没时间|赶时间|长话短说|来不及|开车|在路上|再打给我|回头再说|晚点再|回电|\bbusy\b|\bmeeting\b|\bdriving\b|\bno time\b|short on time|in a hurry|got to go|gotta go|have to go|need to run|running late|call (?:me )?back)/iu;

/** Time pressure or taking the rest offline ("send it by email"), said by the customer. */
export const HURRY =
  /(忙|有事|开会|会议|没时间|赶时间|长话短说|简短|快点|快说|说重点|抓紧|来不及|先这样|开车|在路上|再打给我|回头再说|晚点再|回电|发我邮箱|发邮件|邮件给我|\bbusy\b|\bmeeting\b|\bdriving\b|\bmake it quick\b|\bno time\b|short on time|in a hurry|got to go|gotta go|have to go|need to run|running late|call (?:me )?back|send it over|in writing|by email|email me)/iu;

/** Refusal or leaving, said by the customer. */
export const REFUSE =
  /(不需要|不用了|不感兴趣|不考虑|不续|不办|算了|别打了|不要了|拒绝|取消|换一家|换别家|不接受|不同意|\bnot interested\b|\bwon't renew\b|\bnot renew\w*|\bno thanks\b|\bmoving to\b|\bswitch\w* to\b|\bgoing with\b|\bcancel\w*|\bevaluate all options\b)/iu;

/** The customer hangs up on its own: no closing is possible after it. */
export const HANG_UP = /(挂断|挂了|挂电话|直接终止|直接结束|结束通话|终止对话|hangs? up|hung up|ends the call)/iu;

/** A broken line, said by either side. */
export const LINE_TROUBLE = /(信号|听不清|断了|掉线|喂喂|can't hear|cannot hear|breaking up|bad line|cutting out|lost you)/iu;

/** What an end condition describes (a condition may name several: "wrong person, or the line dropped"). */
export const CONDITION_KINDS = {
  identity: /(身份不符|身份不对|身份无法核实|无法核实身份|非目标|非.{0,8}本人|不是.{0,8}本人|打错|号码错误|wrong (?:person|number)|person answering is not|not the (?:right|intended) person|not the account holder|cannot talk about|接电话的不是|接听(?:人|者|的)不是|他人代接|(?:answer\w*|picks? up|picked up|on the (?:phone|line)|\bperson|\bcontact)[^.;]{0,20}\b(?:is not|isn't|is someone else)|not the (?:right|intended|correct) (?:customer|contact)|someone else (?:answers|picks up))/iu,
  hurry: /(紧急|急事|赶时间|没时间|忙|简短|短收尾|长话短说|开会|会议|开车|再回电|再打|改天|稍后再|下次再|晚点|\blater\b|short on time|pressed for time|no time|busy|in a hurry|meeting|cuts? the call short|call(?:s)? back|can(?:no|')?t talk(?! about)|not a good time|has to (?:go|leave)|leave early)/iu,
  refusal: /(不续|拒绝|不需要|不感兴趣|不办理|不考虑|放弃|取消|转投|换供应商|不要了|will not renew|won't renew|not renew|moving to another|switch(?:ing)? to|not interested|declin|refus)/iu,
  misconduct: /(推销|索要|索取|pitch|pressur|disparag|dodg)/iu,
  line: /(中断|断线|信号|掉线|环境问题|环境干扰|call drops|line drops|disconnect|bad line|poor connection)/iu,
} as const;
export type ConditionKind = keyof typeof CONDITION_KINDS;

/** The callee sounding like an assistant rather than a person on the phone. */
export const ASSISTANT_VOICE =
  /(作为(一个|一名)?(AI|人工智能|语言模型|智能助手|助手)|我是(一个)?(AI|人工智能|语言模型|智能助手)|语言模型|很高兴为(您|你)服务|乐意为(您|你)(服务|效劳)|为(您|你)效劳|有什么(可以|能)帮(您|你)|有什么需要帮助|希望(这|以上)?(对(您|你))?有(所)?帮助|如果(您|你)还有其他问题|请随时(告诉我|联系我|提问)|随时为(您|你)|\bas an ai\b|\bas a language model\b|\bi(?:'m| am) an ai\b|\blanguage model\b|\bhappy to help\b|\bglad to help\b|\bi'd be (?:happy|glad|delighted) to (?:help|assist)\b|\bhow (?:can|may) i (?:assist|help) you\b|\banything else i can help\b|\blet me know if you have any (?:other )?questions\b|\bi hope this helps\b|\bhope (?:this|that) helps\b|\bfeel free to ask\b|\bgreat question\b)/iu;

/** A polite farewell: enough of a closing when the script has no line for the condition the call ended under. */
export const FAREWELL =
  /(再见|拜拜|打扰(?:您|你)了|不打扰|祝您|感谢您的时间|感谢接听|\bgoodbye\b|\bbye\b|thanks? (?:you )?for (?:your|the) time|have a (?:good|nice|great) (?:day|one|afternoon|evening)|take care|sorry to (?:have )?bother)/iu;

/** Introducing oneself / stating why one calls. */
export const SELF_INTRO = /(我是|我叫|这里是|这边是|我们是|\bthis is\b|\bmy name is\b|\bi'm\b|\bi am\b|\bcalling from\b)/iu;
/** Introductions that only read as such before a capitalised name: "It's Jamie from…", "Robin here", "…from Acme". */
export const NAMED_INTRO = /\b(?:it'?s|it is) [A-Z]|(?<![\w'])[A-Z][a-z]+ (?:here|speaking)\b|\bfrom [A-Z]/u;
export const PURPOSE = /(来电|致电|打电话|打这个电话|目的|想(请|跟|和|向|了解|确认|回访|听听|邀请)|今天(的电话|联系)|回访|\bcalling (?:to|about|because|for)\b|\breason for (?:my|the|this) call\b|\bpurpose\b|\bi'd like to\b|\bi would like to\b|\bi wanted to\b|\bto (?:go through|walk through|review|check in|follow up)\b)/iu;
