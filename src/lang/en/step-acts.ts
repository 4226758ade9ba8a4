// English step directions turned into acts: which say nothing, which close, which become a request, a question, a
// reminder or a statement in the caller's own words (generic verbs and pronouns only).
import type { StepActCues } from "../types.js";

const WHO = String.raw`(?:(?:him|her|them|the (?:customer|client|member|caller|callee|owner|patient|user|learner|parent|tenant|guest))\s+)?`;

export const EN_STEP_ACTS: StepActCues = {
  silent: [
    /^(?:greet(?: (?:him|her|them|the \w+))?|say hello|introduce yourself)(?:\s*(?:,|and)\s*(?:confirm|check|verify)\b.*)?[.!]?$/i,
    /^(?:confirm|check|verify)\s+(?:who you(?:'re| are) (?:talking|speaking) (?:to|with)|(?:the (?:customer|person)'s |his |her |their )?identity|(?:that )?you(?:'re| are) (?:talking|speaking) (?:to|with)\b)/i,
  ],
  branch: /^(?:if|when|should)\s+(?:someone|anyone|somebody|a (?:relative|family member|colleague|parent|partner|spouse|friend|flatmate|roommate|neighbour|neighbor)|another person|the (?:wrong person|relative|colleague))\b/i,
  speech: /\byou(?:r|'re|'ll|'d)?\b|\?/i,
  // A step that ends by closing, or names the closing to give ("…, then <label> ending"): the document's closing ends it.
  close:
    /\b(?:then|and)\s+(?:close|end|finish|wrap up|say goodbye|hang up)\b|^(?:close|end the call|say goodbye|thank (?:him|her|them) and (?:close|end))\b|^(?:recap|summari[sz]e|read back|repeat)\b[^.;]{0,40}?(?:\+|&|\band\b)\s*(?:close|end|wrap up)\s*$|\bthen\s+(?:(?:use|say|read|give|go to)\s+)?(?:the\s+)?[^,.;]{0,30}?\b(?:ending|closing|goodbye|sign-off|wrap-up)(?:\s+line)?\b/i,
  acts: [
    { name: "datum", when: new RegExp(String.raw`^(?:ask|request)\s+${WHO}(?:for|to (?:give|confirm|state|tell you|read out|say|spell out|provide))\s+(?:(?:the|his|her|their)\s+)?(?<rest>[^,;.]+?)\s*(?:,|;|\.|\band\b)\s*.*\b(?:compare|check|match|verif)`, "i"), say: "Could you tell me your {rest}, please, so I can check it against our records?" },
    { name: "offer", when: new RegExp(String.raw`^offer\s+${WHO}(?<rest>.+?)\s+and\s+ask\b.*$`, "i"), say: "{rest}. Which of those works for you?", lookup: "needed" },
    // "Ask whether she wants \"A\" or \"B\"": the options offered as a choice, not a question about her.
    { name: "choose", when: new RegExp(String.raw`^(?:ask|find out)\s+${WHO}(?:whether|if|which)\s+(?:he|she|they)\s+(?:prefers?|wants?|would (?:like|prefer)|would rather(?: have)?|likes?)\s+(?<rest>[^.;?]+\bor\b[^.;?]+)[.!]?$`, "i"), say: "Would you prefer {rest}?" },
    { name: "ask", when: new RegExp(String.raw`^(?:ask|find out)\s+${WHO}(?<rest>(?:whether|if|which|what|when|how|where|who)\b.+)$`, "i"), say: "Could you tell me {rest}?" },
    // "Ask him to read out the job number…" / "ask her for the postcode…": a request in the caller's own words.
    { name: "request", when: new RegExp(String.raw`^(?:ask|request)\s+${WHO}to\s+(?<rest>[a-z].+)$`, "i"), say: "Could you {rest}, please?" },
    { name: "request-item", when: new RegExp(String.raw`^(?:ask|request)\s+${WHO}for\s+(?<rest>.+)$`, "i"), say: "Could you give me {rest}, please?" },
    { name: "remind-not", when: new RegExp(String.raw`^remind\s+${WHO}not to\s+(?<rest>.+)$`, "i"), say: "Just a reminder: please don't {rest}." },
    { name: "remind", when: new RegExp(String.raw`^remind\s+${WHO}(?:to\s+)?(?<rest>.+)$`, "i"), say: "Just a reminder: please {rest}." },
    { name: "tell", when: new RegExp(String.raw`^(?:tell|explain(?: to)?|inform|let|mention|say)\s+${WHO}(?:know\s+)?(?:that\s+)?(?<rest>.+)$`, "i"), say: "{rest}.", lookup: "optional" },
  ],
  lead: /^[\s—–-]+/,
  drop: /(?<!\s),?\s*\b(?:in (?:your|their) own words|briefly|politely|clearly)\b[^.]*|(?<!\s)\s+and why (?:it|this|that) matters\b|(?<!\s)\s*\([^()]*\)|(?<![.!;:])[.!;:]+$/gi,
  toYou: [
    [/\b(?:he|she|they) (?:is|are)\b/gi, "you are"],
    [/\b(?:he|she|they) (?:has|have)\b/gi, "you have"],
    [/\b(?:he|she|they) (?:was|were)\b/gi, "you were"],
    [/\b(?:he|she) (prefer|want|need|like|wish|plan|intend|expect|choose|decide)s\b/gi, "you $1"],
    [/\b(?:he|she|they)\b/gi, "you"],
    [/\b(?:him|them)\b/gi, "you"],
    [/\b(?:his|her|their)\b/gi, "your"],
    [/\bsuits you\b/gi, "suits you"],
  ],
  identity: "Am I speaking with {customer}?",
  note: /^(?:[\w'’-]+\s+){0,2}notes?\s*:/i,
  // "If neither suits: …", "Customer wants to change the count: …", "Below 3: …": a case and what to do in it.
  situation: /^(?:(?:if|when|should|in case|once)\b[^:"“”,]{0,40}|(?:the )?(?:customer|client|member|patient|they|he|she)\s+(?:wants?|asks?|says?|mentions?|refuses?|declines?|prefers?|can't|cannot|doesn't|won't|picks?|chooses?|is unsure|isn't sure)\b[^:"“”,]{0,40}|(?:neither|none|both no good|not interested|not available|no answer|below|under|over|above|less than|more than)\b[^:"“”,]{0,30})\s*:/i,
  readOut: /^(?:read(?:\s+(?:out|aloud|back))?(?:\s+(?:each|one by one|in turn|in order))?)\s*[:：]\s*/i,
  common: /^(?:the|and|for|with|that|this|your|you|are|is|of|to|in|on|a|an|two|three|one|ask|which|suits|free|it|be|or)$/i,
};
