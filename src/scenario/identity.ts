// A person's name and organization from a role paragraph: "张三——某某公司客户服务回访员", "Jane Doe — Manager at Acme".
import { isPersonLabel } from "./callee-name-fields.js";
import { personSide } from "./section-names.js";

// "朵朵妈妈（姓名：某某）": a name field in brackets after a description names the person; the bracket ends it.
const NAME_FIELD = /(?:^|[\s，,；;（(])(?:姓名|名字|称呼|[Nn]ame|NAME)\s*[:：]\s*((?:[^，,。；;\n(（）).]|\.(?=\S))(?:[^，,。；;\n(（）).]|\.(?=\S)|\.\s+(?=[A-Z]\.|[A-Z][a-z]+\s+[A-Z][a-z]))*)/;
// "车行（杭州）有限公司": a bracketed place inside the name, with more of the name after it, is part of the name.
const ORG_FIELD = /(?:^|[\s，,；;])(?:公司|机构|单位|所属机构|organi[sz]ation|org|company|employer)\s*[:：]\s*((?:[^，,。；;\n(（.]|\.(?=\S)|[（(][^（）()\n]{1,10}[）)](?=[^\s，,。；;]))+)/i;
const ROLE_LABEL = /^\s*(?:角色|身份|人物|人设|角色设定|人物设定|坐席|客服|客户|用户|拨打方|接听方|role|persona|character|who you are|agent|caller|callee|customer|representative)\s*[:：]\s*/i;
/** "Name and role: …", "姓名与身份：…": a label of a few words that names the name or the role is not part of the name. */
const NAMING_LABEL = /^\s*(?=[^:：“”"]{0,40}(?:\bnames?\b|\broles?\b|姓名|名字|角色|身份))[^:：“”"\n]{1,40}[:：]\s*/iu;
const ROLE_VERB = /^\s*(?:(?:[Pp]lay|[Aa]ct as|[Pp]ortray)\s+(?=[A-Z])|(?:扮演|饰演|你叫|我叫|名叫)(?=\p{Script=Han}))/u;
// A period may sit inside a Latin name ("Dr. Sarah J. Miller") when a capital follows it.
/** "You are Ann Lee, …" opening a later paragraph; group 1 is the name (one to three capitalised words). */
const LATER_YOU_ARE = /\n\s*[Yy]ou are\s+((?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})(?=[,.;]|\s+(?:a|an|the)\b)/u;
const YOU_ARE_NAME = /(?:^|\n|[.!?]\s+)[Yy]ou are\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\p{Ll}'’-]+/u;
const ORG_LABEL_FIRST = /^\s*(?:公司|机构|单位|organi[sz]ation|org|company|employer)\s*[:：]/i;
const LEGAL_ABBREVIATION = /\b(?:Inc|Ltd|Corp|Co|Pty|Bros)$/;
const HEAD = /^\s*((?:[^—–,，:：(（。.;；]|\.(?=\s*[A-Z])){1,40}?)\s*(?:——|—|–|--|\s-\s|，|,|：|:|（|\()\s*(.*)$/s;
const ORG_SUFFIX = /速运|速递|信用卡中心|信用卡部|信用社|有限责任公司|股份有限公司|有限公司|分公司|公司|集团|银行|保险|证券|基金|宽带|电信|移动|联通|通信|通讯|医院|诊所|卫生院|齿科|牙科|口腔|门诊部|门诊|体检中心|健身|人寿|财险|寿险|信托|地产|置业|家政|律师事务所|燃气|电力|供电|水务|自来水|航空|铁路|物业|快递|物流|教育|培训|科技|旅行社|超市|商城|药房|学校|大学|学院|4S店|门店|店|中心|酒店|物业|航空|事务所|研究院|协会|俱乐部|政府|管理局|局|委员会/;
/** Job titles a name follows ("…的客服小王", "…的接待员某某"): named titles, and any title ending in 员 or 师 (a trade's "-er"). */
const JOB_TITLE = String.raw`(?:客服|顾问|专员|销售|经理|老师|管家|助理|坐席|回访员|前台|代表|主管|\p{Script=Han}{1,3}[员师])`;
/** "你是X的客服小王": the name after a job title, the longest title first ("会员顾问 某某" is no "会员" named "顾问"). */
const TITLED_NAME = new RegExp(String.raw`(?:你是|我是|您是)[^，。；]{0,24}?的\p{Script=Han}{0,8}${JOB_TITLE}[ \u3000]?(\p{Script=Han}{1,3}?)(?=[（(，,。；\s]|$)`, "u");
/** "你是X的(资深外呼坐席)Y": whoever the reader works for is named before 的. */
// "你是X（其运营公司）市场部的…": an aside in brackets, and a department or branch after it, are no part of the employer.
const EMPLOYER = new RegExp(String.raw`(?:你是|您是|我是)\s*([\p{Script=Han}A-Za-z0-9]{2,20}?)(?:[（(][^（）()]{1,30}[）)]\p{Script=Han}{0,6}?)?的\p{Script=Han}{0,8}?(?:${JOB_TITLE}|机器人|助手)`, "u");
const LINE_TITLED_NAME = new RegExp(String.raw`^\s*(\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,19}?)的\p{Script=Han}{0,6}?${JOB_TITLE}(\p{Script=Han}{2,3})[。.]?\s*$`, "u");
const TITLE_SPACE_NAME = new RegExp(String.raw`${JOB_TITLE}[ \u3000](\p{Script=Han}{2,3})(?=[（(，,。；;\s]|$)`, "u");
const TITLE_THEN_NAME = new RegExp(String.raw`${JOB_TITLE}(\p{Script=Han}{1,3})$`, "u");
const HONORIFIC = /^(?:如|例如|比如)|(?:先生|女士|小姐|老师|同学)$|^(?:mr|mrs|ms|miss|dr)\.?\s+/gi;

const FULL_NAME_ONLY = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?){1,2}$/u;

export interface Identity {
  name: string;
  organization: string | null;
}

/** "名字叫某某", "中文名某某", "…，叫某某": a name stated as the name. */
const STATED_NAME = /(?:名字叫|名叫|名字是|叫做|中文名字?(?:叫|是)?|[，,]\s*叫)\s*([\u4e00-\u9fff]{2,4}?(?=[，,、。（(）)—\s]|$))/u;

/** A department of an organisation ("…客户服务中心", "…客服部", "…呼叫中心"): the organisation is what comes before it. */
const DEPARTMENT = /(?:客户服务中心|客户服务部|客服中心|客服部|呼叫中心|售后服务部|售后部|市场部|销售部|运营部|会员服务中心|会员中心)$/u;

function withoutDepartment(org: string | null): string | null {
  if (org === null) return null;
  const m = DEPARTMENT.exec(org);
  return m === null || m.index < 2 ? org : org.slice(0, m.index);
}

/** Name and organization from the first line of a role text; "" / null when they cannot be told. */
export function identityOf(roleText: string): Identity {
  const text = roleText.replace(/\*\*|__/g, "");
  const field = NAME_FIELD.exec(text);
  const orgField = ORG_FIELD.exec(text);
  // "角色：张三——…" / "Role: Jane…": the label is not the name.
  // "Play Jane Doe, 61, …" / "扮演张三，…": a simulator prompt's imperative is not part of the name.
  const first = (text.split("\n").find((l) => l.trim() !== "") ?? "").replace(ROLE_LABEL, "").replace(NAMING_LABEL, "").replace(ROLE_VERB, "");
  const head = HEAD.exec(first);
  let name = field?.[1]?.trim() ?? "";
  let rest = first;
  // "某某公司（某部）协调员 某某，女": a job title, a space, then the name; the words before are the employer's.
  const spaced = name === "" ? TITLE_SPACE_NAME.exec(first) : null;
  if (spaced !== null) name = spaced[1] ?? "";
  // "Company: Acme Ltd": an organisation field's label is no name.
  // "Acme Stables: trial follow-up" over "You are Jo, …": a title's label is weaker evidence than "you are" naming someone.
  const addressed = /:\s/.test(first) ? YOU_ARE_NAME.exec(text) : null;
  // "家长：某某" / "Customer: Ann Lee" heading a record of the person called: the label names a party, not the caller.
  const partyLabel = head !== null && /^[:：]/u.test(first.slice((head[1] ?? "").length).trimStart()) && isPersonLabel(head[1] ?? "");
  if (name === "" && head !== null && looksLikeName(head[1] ?? "") && !ORG_LABEL_FIRST.test(first) && addressed === null && !partyLabel) {
    name = (head[1] ?? "").trim();
    rest = head[2] ?? "";
  }
  // "=== CUSTOMER: First Last ===": a role that is nothing but a full name (two or three capitalised words) is the name.
  if (name === "" && text.trim() === first.trim() && FULL_NAME_ONLY.test(first.trim())) name = first.trim();
  if (name === "") {
    // "你是张三，某某公司的客服" / "You are Jane Doe, a manager at Acme": prompt-style role lines ("（名字叫张三）" too).
    // "你是某某（…）的客服，名字叫某某", "…客服 Amy，中文名某某": a name said as one outranks whatever follows "你是";
    // the rest of the line, the name taken out, still says whom the caller works for.
    const stated = STATED_NAME.exec(first);
    const intro =
      stated ??
      /(?:我是|我叫|你是|你叫|您是|名叫|名字叫|名字是|叫做|扮演|饰演)\s*(?:客户|用户|顾客|业主|患者|车主|学员|家长|会员|一位|一名)?\s*([\u4e00-\u9fff]{2,4}?(?=[，,、。（(）)—\s]|$))/u.exec(first) ??
      /(?:[Mm]y name is|[Tt]his is|[Yy]ou are|[Yy]ou['’]re|[Yy]ou (?:will |are |['’]re )?play(?:ing)?|I am|I['’]m|(?:[Cc]aller|[Aa]gent|[Cc]allee|[Cc]ustomer|[Rr]epresentative) is)\s+(?:the (?:customer|client|callee|caller|agent)\s*,?\s*)?((?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\p{L}'’-]+){0,2})/u.exec(first) ??
      // "Emma Brown works as a claims handler at …"
      /^\s*((?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\p{L}'’-]+){1,2})\s+(?:works|is|has|handles|manages|leads|runs|serves|joined)\b/u.exec(first) ??
      // "Name from the front office at Org": a role line that opens with who and where from.
      FROM_ORG.exec(first);
    // "你是某某（某地）售后部的客服小王": the words after "你是" are the employer's when the employer pattern reads them so
    // and a job title names someone after them.
    const employed = intro !== null && intro !== stated && EMPLOYER.exec(first)?.[1] === intro[1] ? TITLED_NAME.exec(first) : null;
    if (employed !== null) {
      name = employed[1] ?? "";
      rest = first;
    } else if (intro !== null) {
      name = intro[1] ?? "";
      rest = intro === stated ? first.replace(intro[0], "") : first.slice(intro.index + intro[0].length).replace(/^\s*[，,、—–-]+\s*/, "");
    }
  }
  // "你是“某某家政”的客服小王（王五）": a job title, then the name.
  if (name === "") {
    const titled = TITLED_NAME.exec(first);
    if (titled !== null) {
      name = titled[1] ?? "";
      rest = first;
    }
  }
  // "TENANT — persona prompt (…)" over "You are Ann Lee, 20, …": a title line naming no one, then the sentence that does.
  if (name === "" && !/[.!?。！？]\s*$/u.test(first.trim())) {
    const later = LATER_YOU_ARE.exec(text);
    if (later !== null) name = later[1] ?? "";
  }
  // "某某单车的前台某某。" as the whole role line: the organisation's, a job title, then the name.
  let ownedBy: string | undefined;
  if (name === "") {
    const owned = LINE_TITLED_NAME.exec(first);
    if (owned !== null && !NOT_AN_EMPLOYER.test(owned[1] ?? "")) {
      name = owned[2] ?? "";
      ownedBy = owned[1];
      rest = first;
    }
  }
  // "某某拓展的活动执行 张三（…）" as a role field: the organisation's, a title, a space, then the name.
  if (name === "") {
    const spaced = /^\s*(\p{Script=Han}{2,20}?)的\p{Script=Han}{1,8}[ \u3000](\p{Script=Han}{2,3})(?=[（(，,。；;\s]|$)/u.exec(first);
    if (spaced !== null) {
      name = spaced[2] ?? "";
      rest = first;
    }
  }
  // "小李（李晓明）": a nickname with the full name in brackets.
  const full = /^[小老]\p{Script=Han}$|^\p{Script=Han}(?:总|工|经理|主管|老师)$/u.test(name) ? /^[（(](\p{Script=Han}{2,4})[）)]/u.exec(first.slice(first.indexOf(name) + name.length)) : null;
  if (full !== null) {
    name = full[1] ?? name;
    rest = first.slice(first.indexOf(full[0]) + full[0].length).replace(/^\s*[，,、—–-]+\s*/, "");
  }
  // "你是“某某家政”的客服…": a quoted name before 的 is the organisation.
  // So is one quoted right after "你是" with a place or an aside before 的 ("你是“某某换电”门店的…", "你是“某某大学”（东校区）的…").
  const quoted = /[“「『"【]([^”」』"】]{2,20})[”」』"】]的/u.exec(first)?.[1] ?? /(?:你是|您是|我是)\s*[“「『"【]([^”」』"】]{2,20})[”」』"】][^，。；,;]{0,12}?的/u.exec(first)?.[1];
  // "你是X的(资深外呼坐席)Y": whoever the reader works for is named before 的.
  const employer = EMPLOYER.exec(first)?.[1];
  // "Company: Acme Vending Co.": the period of an abbreviated legal form is part of the name.
  const orgValue = orgField === null ? undefined : `${orgField[1]?.trim() ?? ""}${LEGAL_ABBREVIATION.test(orgField[1] ?? "") && text[orgField.index + orgField[0].length] === "." ? "." : ""}`;
  const found = orgValue ?? quoted ?? (employer !== undefined && !NOT_AN_EMPLOYER.test(employer) ? employer : null) ?? ownedBy ?? organizationIn(rest);
  // "你是药店门店的客服": a kind of business with no name of its own names no organisation.
  const organization = found !== null && onlyTradeWords(found) ? null : withoutDepartment(found);
  return { name: cleanName(name), organization };
}

/** Example markers and quotes off a name field, honorifics kept: "如某某女士" → "某某女士". */
export function nameAsWritten(name: string): string {
  return withoutLeadingTitle(name.replace(/[“”"「」『』]/g, "").replace(/^(?:如|例如|比如|e\.g\.)\s*/i, "").trim());
}

/**
 * "Mrs Ann Lee" → "Ann Lee", "物业经理 汤建华" → "汤建华": a title or a job written apart before a full name is how the
 * record addresses the person, not the name; "Mrs Lee" and "钱女士" keep theirs (the title is how they are called).
 */
export function withoutLeadingTitle(name: string): string {
  const en = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})$/u.exec(name);
  if (en !== null) return en[1] ?? name;
  // "某某某 先生": a courtesy title written apart after a full name is how the record addresses them, not the name.
  const titled = /^(\p{Script=Han}{2,4})\s+(?:先生|女士|小姐|太太)$/u.exec(name);
  if (titled !== null) return titled[1] ?? name;
  const zh = /^\p{Script=Han}{2,6}\s+(\p{Script=Han}{2,4})$/u.exec(name);
  return zh !== null && !/[先女小老阿]/u.test((zh[1] ?? "").slice(1)) ? zh[1] ?? name : name;
}

export function cleanName(name: string): string {
  const unquoted = name.replace(/[“”"「」『』]/g, "").trim();
  const bare = unquoted.replace(HONORIFIC, "").trim();
  // "赵女士" with only a surname: the title is part of how the person is called.
  return /^\p{Script=Han}$/u.test(bare) ? unquoted : bare;
}

/** "From: …", "Who: …", "Updated: …": a message header's or a form's label before a colon, never a person's name. */
const HEADER_LABEL = /^(?:from|to|cc|bcc|subject|date|sent|re|fwd?|who|when|where|what|why|how|notes?|tags?|status|owner|author|updated|created|version|发件人|收件人|抄送|主题|日期|时间|作者|更新|版本)$/iu;

/** The verbs that end "某某打" / "由某某拨打" / "某某负责": who makes the call, not a name. */
const CALLING_VERB_END = /(?:打|拨|致电|去电|来电|负责|说|讲)$/u;

/** "Name from the … at Org", "Name Surname from Org": a name, then where the person is from, at the role line's start. */
const FROM_ORG = /^\s*((?!(?:The|A|An|We|Our|Your|Someone|Anyone|Staff|Agents?|Callers?|Customers?)\b)[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+)?)\s+(?:from|at|of)\s+(?=the\s|[A-Z])/u;

/** "BOT INSTRUCTIONS — …", "AGENT TEMPLATE — …": a document's kind in capitals before a dash titles it, it names nobody. */
const DOCUMENT_KIND = /^(?:system|prompt|script|call|agent|bot|assistant|template|draft|outbound|inbound|instructions?|guidelines?)(?:\s+(?:prompt|script|instructions?|guidelines?|template|message|brief))*$/iu;

function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (HEADER_LABEL.test(t) || DOCUMENT_KIND.test(t)) return false;
  // "You're Connor …", "I'm Ana …": the sentence that names the person, not the name (the "you are" reading takes it).
  if (/^(?:you|i)(?:['’](?:re|m))?\s/i.test(t)) return false;
  // "SIMULATED TENANT — persona prompt": words naming a party of the call are a title, no one's name.
  if (personSide(t) !== null) return false;
  // "某某打，开口就说：…": a head ending in the verb of calling or saying tells who does it, it is no name.
  if (/^[\u4e00-\u9fff·]{2,5}$/.test(t)) return !/[是为的在]/.test(t.slice(1)) && !CALLING_VERB_END.test(t);
  return /^(?:(?:mr|mrs|ms|dr)\.?\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}$/u.test(t);
}

/** "Senior manager at Acme, the vendor…" → "Acme"; "某某公司客户服务回访员" → "某某公司". */
function organizationIn(rest: string): string | null {
  const en =
    /\b(?:at|from|with|of)\s+["“]?(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of|and))*)/.exec(rest) ??
    /\b(?:for|on behalf of)\s+["“]?(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of|and))*)/.exec(rest);
  if (en !== null) {
    // "St. Mary's Hospital": a period after a short abbreviation does not end the name.
    // "… Acme Ltd. You call …": a legal form ends the name; the capital after it starts the next sentence.
    const named = (en[1] ?? "").split(/(?<=\b(?:Inc|Ltd|Corp|Co|Pty|Bros|LLC|PLC)\.)\s/)[0] ?? "";
    const org = named.split(/(?<!\b(?:St|Mt|Ft|Dr|Co|Inc|Ltd|Corp|Pty|Bros))[.,;:](?:\s|$)/)[0] ?? "";
    // "X Bank's fraud team": the owner is the organisation; "… Ltd." keeps the period of its legal form.
    const bare = org.replace(/['’]s$/, "").replace(/\s+(?:of|and|&)$/, "").trim();
    // A period that ends the sentence too ("… Harbour Insurance Ltd.") is read as the sentence's.
    const keepsPeriod = TRUNCATED_LEGAL_FORM_EN.test(bare) || (LEGAL_FORM_EN.test(bare) && rest.includes(`${bare},`));
    return (keepsPeriod ? bare : bare.replace(/[.,]$/, "").trim()) || null;
  }
  // The first of the next few clauses that names an organisation: "28岁，平安好医生的健康顾问" skips the age.
  for (const raw of rest.split(/[，,。；;（(）)]/).slice(0, 3)) {
    const clause = raw.replace(/^(?:你是|您是|我是|来自|就职于|任职于|供职于|受雇于|隶属于|代表|是|一名|一位|在)+/, "").trim();
    const m = ORG_SUFFIX.exec(clause);
    if (m !== null) {
      const end = suffixEnd(clause, m.index, m.index + m[0].length);
      // "X自来水公司", "X物业管理有限公司": a trade word, then the legal form right after it, belong to one name.
      const legal = LEGAL_FORM.exec(clause.slice(end))?.[0].length ?? 0;
      const org = clause.slice(0, end + legal).trim();
      // A bare "公司" ("公司白领") names no organisation: something must come before the suffix.
      if (m.index > 0 && org.length <= 30 && !/^(?:一家|某|这家|一个|本|我们|贵)/.test(org)) return org;
      continue;
    }
    // "平安好医生的健康顾问": what comes before 的 and a job title.
    const owner = /^(\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,11})的\p{Script=Han}{0,6}(?:顾问|专员|客服|经理|主管|老师|医生|护士|销售|代表|工程师|管家|助理|坐席)/u.exec(clause);
    const who = owner?.[1] ?? "";
    if (who.length >= 3 && !/\d/.test(who) && !/^(?:一|入行|从业|工作|负责|性格|说话|非常|很|比较|耐心|热情|专业|资深|年轻|女|男|经验|态度)/u.test(who)) return who;
  }
  // "…, regional sales lead, Orbit Telecom": a capitalised name closing the line.
  const tail = /,\s*((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*)+)\s*[.)）]*$/.exec(rest);
  return tail?.[1] ?? null;
}

/** Words that name a kind of business or one of its places, not a business: "物流网点", "银行营业厅". */
const TRADE_PLACE = /网点|营业厅|营业部|服务站|站点|驿站|分店|门店|店铺|窗口|前台|总部|分部|部门|的/gu;

/** True when nothing is left of the name once its trade suffixes and place words are taken away. */
function onlyTradeWords(org: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(org)) return false;
  return org.replace(new RegExp(ORG_SUFFIX.source, "gu"), "").replace(TRADE_PLACE, "") === "";
}

/** Legal forms that end an English company name with their own period. */
const LEGAL_FORM_EN = /\b(?:Inc|Ltd|Corp|Co|Pty|Bros)\.$/;
/**
 * Truncations ("Inc.", "Corp.") always carry their period, and a sentence ending on one takes no second period;
 * contractions ("Ltd", "Pty": first and last letters) are written without one in the style that uses them, so a
 * period after them at the end of a sentence is the sentence's.
 */
const TRUNCATED_LEGAL_FORM_EN = /\b(?:Inc|Corp|Co|Bros)\.$/;
/** "你是一位…的", "你是这家…的": a description, not whoever employs the reader. */
const NOT_AN_EMPLOYER = /^(?:一|某|这|那|本|我们|贵|客户|用户|顾客)/u;

const LEGAL_FORM = /^(?:管理|服务|科技|发展|实业|网络|技术|控股)?(?:有限责任公司|股份有限公司|有限公司|公司|集团)/;

const UNIT = /(?:部|中心)$/u;

function stickyAt(sticky: RegExp, text: string, at: number): string | null {
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0] ?? null;
}

/** "X联通信": the first suffix found ("联通") runs on into an overlapping one ("通信"); the name ends after both. */
function suffixEnd(clause: string, start: number, end: number): number {
  const sticky = new RegExp(ORG_SUFFIX.source, "y");
  let last = end;
  for (let at = start + 1; at < last; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(clause);
    if (m !== null && at + m[0].length > last) last = at + m[0].length;
  }
  // "X口腔诊所", "X培训学校": a suffix right after a suffix is the same name; a unit of it ("…部", "…中心": 门诊部,
  // 信用卡中心) is not, as the examples' truth reads "X银行信用卡中心…专员" as X银行.
  for (let m = stickyAt(sticky, clause, last); m !== null && !UNIT.test(m); m = stickyAt(sticky, clause, last)) last += m.length;
  return last;
}

/**
 * The speaker's own introduction in a spoken line: "您好，我是某某口腔的小王" → 小王 / 某某口腔; "Hi, this is Name from
 * Org Name" → Name / Org Name; "I'm calling from Org Name" → organisation only.
 */
/** "我是某某公司的某某，…": the two to four characters after 的, up to the pause, that may be a bare name. */
export function bareIntroducedName(line: string): string | null {
  const m = /(?:我是|这里是|我这边是?)\s*[\p{Script=Han}A-Za-z0-9]{2,20}?的\s*(\p{Script=Han}{2,4})(?=[，,。！!？?；;\s]|$)/u.exec(line);
  return m === null ? null : (m[1] ?? null);
}

/** "我是(organisation)(a named job title)(小X or a name)", then a pause: the title the only word between them. */
const JOINED_TITLE = /(?:我是|这里是)\s*([\p{Script=Han}A-Za-z0-9]{2,12}?)(?:客服|顾问|专员|管家|助理|坐席|回访员|前台|调度|护士)((?:[小老阿]\p{Script=Han})|\p{Script=Han}{2,3})(?=[，,。！!？?；;\s]|$)/u;

/**
 * "… from Ash & Co. Joinery": "& Co." inside a name keeps its stop; "… from Ash Joinery Co. Have you …": a name ending
 * on a legal abbreviation keeps the stop written after it.
 */
function withAbbreviationStop(org: string, line: string, end: number): string {
  return LEGAL_ABBREVIATION.test(org) && line[end] === "." ? `${org}.` : org;
}

export function selfIntroduction(line: string): Identity {
  const zh = /(?:我是|这里是|我这边是?|我们是)\s*([\p{Script=Han}A-Za-z0-9]{2,20}?)的\s*(\p{Script=Han}{0,10})/u.exec(line);
  if (zh !== null && !NOT_AN_EMPLOYER.test(zh[1] ?? "")) {
    const after = zh[2] ?? "";
    const titled = TITLE_THEN_NAME.exec(after)?.[1] ?? "";
    const nick = /^[小老]\p{Script=Han}$/u.test(after) ? after : "";
    const org = zh[1] ?? "";
    return { name: titled || nick, organization: org === "" || onlyTradeWords(org) ? null : org };
  }
  // "我是某某农场客服小某": the organisation and a job title run together, no 的 between them.
  const joined = JOINED_TITLE.exec(line);
  if (joined !== null && !NOT_AN_EMPLOYER.test(joined[1] ?? "") && !onlyTradeWords(joined[1] ?? "")) return { name: joined[2] ?? "", organization: joined[1] ?? null };
  const en = /\b(?:[Tt]his is|[Ii]t's|[Ii]t is|I'm|I am|[Mm]y name is)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s+(?:from|at|with|calling from)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|&(?:\s+Co\.(?=\s+[A-Z]))?))*)/u.exec(line);
  // "Ivy from Harbour Bank's fraud team": the owner of the team is the organisation.
  if (en !== null) return { name: en[1] ?? "", organization: withAbbreviationStop((en[2] ?? "").replace(/\s+(?:of|&)$/, "").replace(/['’]s$/u, ""), line, en.index + en[0].length) || null };
  const from = /\b(?:calling|ringing) (?:from|on behalf of)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|&))*)/u.exec(line);
  return { name: "", organization: from === null ? null : (from[1] ?? "").replace(/\s+(?:of|&)$/, "") || null };
}
