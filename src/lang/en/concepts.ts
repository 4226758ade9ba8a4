// English concept classes for matching a customer's question to the document: generic words that mean the same
// thing in a service call ("cost", "pay", "fee" → money), and what kind of answer a question wants.
import type { AnswerTypes, Concepts } from "../types.js";

const NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)";
const UNIT = "(?:minutes?|hours?|days?|business days|working days|weeks?|months?|years?|nights?)";
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

export const EN_CONCEPTS: Concepts = [
  ["money", /\b(?:rates?|monthly|per month|cost|costs|price[sd]?|pricing|pay|paid|paying|payment|charge[sd]?|fees?|money|dollars?|copay|bill(?:ed|ing)?|expensive|cheap(?:er)?|afford|owe|amount|payout|payouts|refund\w*|free)\b|\$/],
  ["increase", /\b(?:go(?:es)? up|went up|going up|increase[sd]?|raise[sd]?|bump(?:ed)?|hike[sd]?|higher|rise|rises|more expensive)\b/],
  ["discount", /\b(?:discount\w*|cheaper|lower|reduce[sd]?|knock off|deal|better price)\b/],
  ["when", /\b(?:when|date|what day|which day|what time|schedule[sd]?|how soon)\b/],
  ["duration", /\b(?:how long|duration|take[s]? (?:long|time)|how many (?:days|weeks|months|hours|minutes))\b/],
  ["start", /\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|kick off|commence)\b/],
  ["expire", /\b(?:expir\w*|run(?:s|ning)? out|ran out|ends?|ending|good for|valid|last(?:s)?|until|term)\b/],
  ["extend", /\b(?:extend\w*|extension|longer|prolong\w*|add (?:more|another|a)|more time|another month)\b/],
  ["pause", /\b(?:freez\w*|frozen|pause[sd]?|suspend\w*|on hold|stop(?:s|ped)?)\b/],
  ["resume", /\b(?:restart\w*|resum\w*|start(?:s)? again|come back|coming back|return\w*|back on|automatic\w*)\b/],
  ["family", /\b(?:daughter|son|wife|husband|kids?|child(?:ren)?|girl|boy|mother|mom|mum|father|dad|family|relative|caregiver|grand\w+|partner|neighbou?r)\b/],
  ["collect", /\b(?:pick(?:s|ed)? (?:it |them |\w+ )?up|collect\w*|grab\w*|fetch\w*|come get)\b/],
  ["delivery", /\b(?:deliver\w*|driver|courier|drop(?:ped)? off|bring|ship\w*|shows? up|come[s]? (?:by|around|round))\b/],
  ["absent", /\b(?:not (?:home|in|there|around)|away|miss(?:ed)? (?:the|him|her|it)|nobody (?:home|answers)|out when)\b/],
  ["medical", /\b(?:doctor|physician|pharmacist|medical|health|symptom\w*|side effects?)\b/],
  ["dizzy", /\b(?:dizz\w*|woozy|lightheaded|light-headed|faint\w*|spinning|unsteady)\b/],
  ["medicine", /\b(?:pills?|tablets?|medication\w*|medicine\w*|meds|drugs?|prescription\w*|dose\w*)\b/],
  ["cover", /\b(?:cover\w*|insur\w*|reimburs\w*|pay(?:s)? for|claim\w*|out of pocket)\b/],
  ["damage", /\b(?:damage\w*|rot|rotten|mou?ld|leak\w*|wet|water|crack\w*|broken|worse|more damage|walls?)\b/],
  ["tradesperson", /\b(?:contractors?|builders?|plumbers?|repair (?:person|man|company)|tradesm[ae]n|crew|someone else|another (?:company|person)|my own)\b/],
  ["data", /\b(?:data|export\w*|download\w*|records?|files?|formats?|csv|backups?)\b/],
  ["leave", /\b(?:leave|leaving|walk away|cancel\w*|not renew|don'?t renew|quit|terminat\w*|switch\w*|churn)\b/],
  ["incident", /\b(?:incidents?|outages?|broke|down(?:time)?|failures?|crash\w*|went down|root cause|what happened)\b/],
  ["fault", /\b(?:fault|blame|responsible|caus\w*|why|upstream|provider)\b/],
  ["users", /\b(?:users?|seats?|licen[cs]es?|log(?:ged)? ?in|logins?|inactive|active)\b/],
  ["options", /\b(?:options?|plans?|choices?|differen\w*|compare\w*|versus|vs|tiers?)\b/],
  ["booking", /\b(?:class(?:es)?|booking\w*|booked|sessions?|appointments?|reservations?)\b/],
  ["count", /\b(?:how many|number of)\b/],
  ["contract", /\b(?:contract\w*|term|agreement|subscription|membership|renew\w*)\b/],
  ["support", /\b(?:tickets?|support|requests?|cases?|help ?desk)\b/],
  ["lodging", /\b(?:hotel|lodging|accommodation|living expenses|stay(?:ed)?)\b/],
  ["visit", /\b(?:come (?:back )?(?:out|by|over)|visit\w*|inspect\w*|look at it|come back)\b/],
  ["identity", /\b(?:id|identification|badge|proof|uniform|wear\w*|credentials?)\b/],
  ["scam", /\b(?:scam\w*|fraud\w*|legit\w*|real|trust|genuine|phishing)\b/],
  ["reschedule", /\b(?:change|reschedul\w*|move (?:it|the)|different (?:day|time)|another (?:day|time)|postpone\w*|rebook\w*)\b/],
  ["credit", /\b(?:credit|score|report|history)\b/],
  ["early", /\b(?:pay (?:it )?off|early|ahead|prepay\w*|in advance)\b/],
  ["partial", /\b(?:part|some of|portion|partial\w*|half)\b/],
  ["compensation", /\b(?:compensat\w*|make (?:it )?up|money back|pay me|credit)\b/],
  // "again" alone mostly asks to hear something once more; only a thing happening again is recurrence.
  ["guarantee", /\b(?:happen\w* again|(?:not|never) again|future|next time|guarantee\w*|promise\w*|prevent\w*|won'?t happen)\b/],
  ["escalate", /\b(?:complain\w*|regulator|authority|ombudsman|report you)\b/],
  ["feedback", /\b(?:feedback|suggestion\w*|improv\w*|better|fix(?:ed)?)\b/],
  ["phone", /\b(?:phone|number|call (?:you|me|back)|reach)\b/],
  ["deductible", /\b(?:deductible|excess)\b/],
  ["document", /\b(?:reports?|documents?|summary|breakdown|in writing|pdf|quotes?|send (?:me|it|over)|e-?mail (?:me|it))\b/],
  ["previous", /\b(?:last time|last (?:filled|picked|visit|service)|previous(?:ly)?|before|earlier|did i last)\b/],
  ["necessary", /\b(?:have to|must|required|mandatory|need to|necessary|compulsory)\b/],
  ["penalty", /\b(?:penalt\w*|fine[sd]?|late fees?|early termination)\b/],
  ["staff", /\b(?:technician|engineer|staff|agent|driver|inspector|rep(?:resentative)?)\b/],
  ["repair", /\b(?:repair\w*|fix\w*|mend\w*)\b/],
];

export const EN_ANSWER_TYPES: AnswerTypes = {
  money: {
    // Asking for the way to pay (the method, or whether a given method is taken) is not asking for a sum.
    asks: /\bhow much\b|\b(?:cost|price|charge|fee|owe|total|amount|payout)\b|(?<!\b(?:how (?:do|can|should|would|will|could)|can|could|may) (?:i|we|you|they) )\bpay(?:ing)?\b(?! (?:by|with|online|in|via|over|cash|card|cheque|check)\b)|\bfinal number\b/,
    holds: new RegExp(`[$€£]\\s?\\d|\\d\\s*(?:dollars|usd|eur|gbp|cents)\\b|\\bfree\\b|\\bno (?:charge|cost|fee)\\b`),
  },
  date: {
    asks: /\bwhen\b(?:(?<=\b(?:know|tell (?:me|us)|idea|sure|ask|wonder(?:ing)?|remember|find out|check) when)|(?! (?:i|you|we|he|she|they|it) (?!will|can|could|would|should|might)\w))|\b(?:what|which) (?:days?|dates?|times?|slots?)\b|\bhow soon\b/,
    holds: new RegExp(`\\b${MONTH}\\b\\.?\\s*\\d|\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b|\\b(?:today|tomorrow|tonight|next week)\\b|\\bwithin\\b`),
  },
  duration: {
    asks: /\bhow long\b(?! (?:between|apart)\b)|\bhow many (?:days|weeks|months|hours|minutes|nights)\b(?! (?:between|apart)\b)|\bgood for\b/,
    holds: new RegExp(`\\b(?:\\d+|${NUMBER_WORD})(?:\\s*(?:to|-)\\s*\\d+)?[\\s-]*${UNIT}\\b|\\buntil\\b|\\bexpires?\\b`),
  },
  count: {
    asks: /\bhow many\b(?! (?:days|weeks|months|hours|minutes|nights)\b)|\bnumber of\b/,
    holds: new RegExp(`\\b\\d+\\b|\\b${NUMBER_WORD}\\b`),
  },
  person: {
    asks: /\bwho\b|\bwhat(?:'s| is| was) (?:the |his |her |their )?name\b|\bwhich (?:person|engineer|technician|driver|doctor|nurse|one of you)\b/,
    holds: /\b(?:mr|mrs|ms|miss|dr|doctor|nurse|engineer|technician|driver|instructor|inspector|manager|advisor|adviser|consultant|agent|surveyor|fitter|installer|mechanic|crew|team)\b/,
    // Two capitalised words not opening a sentence ("… with Lucy Fenwick"), or a title and a name.
    holdsCased: /(?<![.!?]\s|^)\b[A-Z][a-z]+ [A-Z][a-z]+\b|\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z]/,
  },
  place: {
    asks: /\bwhere\b|\bwhat(?:'s| is) the address\b|\bwhich (?:branch|office|site|shop|store|entrance|door|gate|floor|room|building)\b|\bhow far\b/,
    holds: /\b(?:street|st|road|rd|avenue|ave|lane|drive|way|close|floor|level|room|office|centre|center|branch|site|car park|parking|reception|entrance|gate|door|building|unit|depot|yard|shop|store|locker|miles?|km|kilometres?|metres?|postcode|address|north|south|east|west|next to|opposite|behind|outside|inside|upstairs|downstairs|neighbou?rs?)\b|\b(?:at|in|on|by|near|from|to) (?:the|a|your|our|their) (?!(?:time|moment|end|start|same|most|least|latest|earliest|day|week|month|year)\b)[a-z]+\b/,
  },
};
