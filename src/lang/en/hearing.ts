// English patterns that read what the customer says: cues, dialogue acts, channels, question kinds.
// Generic spoken English only.
import type { HearingCues } from "../types.js";
import { EN_ANSWER_TYPES, EN_CONCEPTS } from "./concepts.js";
import { EN_LEXICON } from "./lexicon.js";

const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS = ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

/** Every spoken number word with its value: cardinals from two, tens, and ordinals from third. */
const NUMBER_VALUES = new Map<string, number>([
  ...NUMBER_WORDS.map((word, i) => [word, i + 2] as const),
  ...TENS.map((word, i) => [word, 10 * (i + 2)] as const),
  ...ORDINALS.map((word, i) => [word, i + 3] as const),
  ...TENS.map((word, i) => [word.replace(/y$/, "ieth"), 10 * (i + 2)] as const),
]);
const SPOKEN_NUMBER = new RegExp(`\\b(?:${[...NUMBER_VALUES.keys()].join("|")})\\b`, "gi");

export const EN_HEARING: HearingCues = {
  cues: {
    yes: /\b(?:yes|yeah|yep|speaking|that's me|this is (?:she|he|me)|it's me|correct|go ahead)\b/i,
    deny: /wrong (?:number|person)|not (?:him|her|me)\b|(?:isn'?t|is not|not) (?:here|available|in)\b|^no\b(?![\s,]*(?:problem|worries|rush|doubt|need))[^?]*$|this isn'?t|you(?:'ve| have) (?:got )?the wrong|i'm (?:his|her) (?:colleague|assistant|wife|husband)/i,
    busy: /\bbusy\b|\bmeeting\b|no time|(?:short|tight) on time|in a hurry|(?:have|got|gotta|need) to (?:go|run|jump)|can'?t talk|bad time|driving|running late|minutes? before/i,
    written: /\be-?mail|\bin writing\b|\bwritten\b|send (?:it|me|everything|them|that|over|the)|\btext me\b|\bsms\b|put (?:it|everything|all|that)[\w\s]{0,20} in writing/i,
    bye: /i'll (?:do|handle|sort) it myself|\bbye\b|goodbye|that's all|talk (?:soon|later)|gotta go|hang(?:ing)? up/i,
    refuse: /\bnot interested\b|\bno need\b|won'?t renew|not (?:going to )?renew|moving to|switch(?:ing)? to|no thanks|don'?t need|not accept/i,
    cancel: /\bcancel|\brevoke|\bterminate|\bwithdraw|opt out/i,
    question: /[？?]|^(?:how|what|why|when|where|which|who|can|could|do|does|did|is|are|will|would|should)\b|\b(?:i need to know|tell me|explain|walk me through|i want to understand|i'?d like to (?:know|understand))\b/i,
    complaint: /\bcomplain|terrible|unacceptable|frustrat|disappoint|outage|too slow|\bmissed\b|cost us|not happy|annoy|waste/i,
    suggestion: /\bsuggest|\brecommend|\bshould\b|would be (?:better|nice|great)|it would help|i'd like you to|why not/i,
    escalate: /call (?:me )?(?:back )?later|manager|supervisor|someone (?:who|senior)|call me back|escalat/i,
    hurry: /get to the (?:point)|go on|\bgo\.?$|what else|next|bottom line|keep it short|where were we/i,
    hold: /hold on|one sec|just a sec|give me a (?:sec|second|moment)/i,
    thanks: /\bthanks?\b|thank you|appreciate/i,
    worry: /\b(?:i'?m (?:(?:a (?:bit|little)|quite|really|so) )?(?:worried|concerned|nervous|anxious|scared|afraid)|i worry|my (?:worry|concern|fear) is|i'?d hate to)\b/i,
    pushback: /definition|defined|how (?:are you|is that) (?:count|defin|measur)|actually|numbers?|vague|evidence|prove|in writing/i,
  },
  acts: {
    "confirm-identity": /^(?:(?:yes|yeah|yep|yup|uh|um|hi|hello|oh)[,.!\s-]*)*(?:speaking|this is (?:she|he|me|him|her)|it'?s me|that'?s me|that'?d be me|you got (?:him|her|me)|(?:yes|yeah|yep)[,.!\s]+(?:this is|i am|i'm)\b)|\b(?:speaking|that'?s me|it'?s me|this is (?:she|he))\b|^(?:(?:yes|yeah|yep)[,.!\s]+)?(?:it'?s|it is)?\s*(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)[\s,-]*){4,6}$/i,
    "deny-identity": /wrong (?:number|person)|no (?:one|body) (?:by|with|called) that|(?:there'?s|there is) no (?:one|body)|you(?:'ve| have) (?:got )?the wrong|never heard of|don'?t know (?:any|a|who)|new number|old (?:number|listing)|(?:this is|it'?s) a business (?:line|number)|\bno (?:one|body|\w+) (?:lives |works )?here\b|(?:his|her|their) old number|got (?:this|the) number|^(?:no|nope)[,.]? (?:not|this is(?:n'?t)?)\b|this is the [A-Z]\w+s\b|not (?:me|him|her)\b(?! here)|this isn'?t (?:him|her)\b(?!.*\b(?:wife|husband|son|daughter|mother|father|colleague|assistant))/i,
    "other-person": /\b(?:i'?m|this is) (?:his|her|their|the) (?:wife|husband|partner|son|daughter|mother|mom|mum|father|dad|colleague|assistant|secretary|roommate|brother|sister|neighbou?r)|\b(?:his|her) (?:wife|husband|partner|son|daughter|mother|mom|father|dad|colleague|assistant|secretary)\b|from (?:his|her) team|(?:he|she)(?:'s| is) (?:not (?:here|in|home|available|around)|out|away|at work|asleep|napping|in (?:a meeting|hospital|the shower|the \w+ review|the yard))|can i take a message|\b(?:his|her) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|brother|sister) (?:here|speaking)\b|(?:he|she) (?:passed away|died)|i'?ll (?:tell|let) (?:him|her) know|i'?ll pass (?:it|that|the message|that message) on|(?:he|she)(?:'s| is) (?:sleeping|resting|outside|upstairs|downstairs|in the (?:garden|bath|kitchen)|on the other line|at the (?:shops?|store|doctor'?s?|office|market|gym))|i can (?:pass|give) (?:it|him|her|a message)|(?:his|her) phone|answering (?:the phone )?for (?:him|her|my \w+)|\bmy (?:dad|mom|mum|father|mother|husband|wife|son|daughter|grandma|grandpa|grandmother|grandfather|brother|sister|partner)'?s phone|(?:he|she)(?:'s| is) at the hospital|(?:he|she)(?:'s| has| just)* stepped out|(?:he|she) can'?t (?:come to|get to|take) the phone|(?:he|she)(?:'s| is) (?:unavailable|travell?ing|on (?:a trip|holiday|vacation|a business trip))/i,
    "asks-who": /\bwho is it\b|\bwho'?s it\b|who are you with|where are you (?:from|ringing from)|who(?:'s| is) (?:this|calling|that|speaking|asking|on the line)|who are you|who am i (?:speaking|talking)|what company|where (?:are you )?calling from|which (?:company|department|office|\w+) (?:is this|did you say|are you)|\b[A-Z]\w+ who\?|who did you say/i,
    "suspects-scam": /how'?d you get (?:this|my) number|why do you need (?:that|my|this)|you should already have|\bscam|fraud|phishing|is this (?:real|legit)|how do i know (?:you|this|that)|prove (?:you|it|that you)|sounds? (?:fishy|dodgy)|not giving you (?:any|my)/i,
    complaint: /\bcomplain|terrible|unacceptable|frustrat|disappoint|ridiculous|awful|too slow|\bmissed\b|cost (?:me|us)|not happy|annoy|waste of|fed up|still (?:not|hasn'?t|haven'?t|waiting)|nobody (?:called|told|helped|got back)|no one (?:called|told|helped|got back)|never (?:got|heard) back|and then nothing|you guys always|overcharg|weeks ago and|taking forever|been waiting|not what (?:i was|we were) (?:told|promised)|keeps? (?:crashing|breaking|failing|happening|dropping)|(?:second|third|fourth|fifth|(?<!\d)\d+(?:st|nd|rd|th)) time|charged (?:me )?(?:twice|double)|still no\b|broke (?:again|down|after)|(?:nobody|no one) (?:showed|came|turned up)|never (?:showed|came|arrived)|it'?s been (?:\w+ )?(?:days|weeks|months|hours|a (?:week|month|day))\b|\b(?:hours?|minutes?|days?) late\b|\blate again\b|stopped working|(?:doesn'?t|does not|isn'?t|not) working|still (?:leaks|leaking|broken|missing|doesn'?t)|broken? again|can'?t even|took (?:my|the|our) money|(?:nobody|no one) (?:has (?:called|contacted|told|come)|contacted|responded|replied)|that'?s (?:a lot|a bit much|too much|steep|a lot of money)|\b(?:a bit|way|far) (?:much|steep|too much)|\btook (?:\w+ )?(?:days|weeks|months|hours|ages) to\b|\brude\b|unprofessional|had to (?:chase|call|ring)|not good enough|(?:really|so|very|quite) (?:upset|angry|unhappy|annoyed|cross)\b|i'?ve had enough|you (?:said|promised) (?:you|it) would|it'?s not fair|(?:way|much|far) too (?:long|expensive|slow|late|much)|took (?:ages|forever)|chasing you|nightmare/i,
    suggestion: /\bsuggest|\brecommend(?! (?:anything|products?))|you (?:should|ought to|oughta|could)\b|you oughta|would be (?:better|nice|great|helpful)|it'?d (?:be nice|help|be better)|it would help|i'?d like you to|why not|maybe (?:you|they) could|maybe let|^maybe (?:send|add|put|make|have|give|offer|do)\b/i,
    busy: /\bbusy\b|\bin a meeting\b|no time|(?:short|tight) on time|in a hurry|(?:have|got|gotta|need) to (?:go|run|jump|leave)|gotta (?:go|run|jump|leave|head)\b|gotta (?:go|run|jump|leave|head)\b|can'?t talk|bad time|not a good time|\bdriving\b|running late|(?:call|ring|phone) (?:me )?(?:back )?(?:later|tomorrow|tonight|this evening|another time)|(?:call|ring) (?:me )?back in\b|i'?d better (?:go|get going|run|dash)|been (?:paged|bleeped|called away)|about to (?:drive|leave|head|go|get|start|board|jump|walk)\b|another time|later today|(?:do|talk about) (?:this|it) later|right now isn'?t|in the middle of something|try me (?:later|tomorrow)|(?:i'?m|i am) (?:at work|at the (?:office|doctor'?s?|hospital|dentist|gym|store)|with a (?:customer|client|patient)|in class|cooking|on (?:the|a) (?:train|bus|call|other line))|not right now|now'?s not (?:a )?good|(?:have|got|gotta|need) to (?:pick up|get to|head|collect)\b|hands (?:are )?full|on my way (?:to|out)|real quick|quick one|\bquickly\b/i,
    "wants-writing": /\be-?mail (?:it|me|that|them)|\bmail (?:it|me|that|them)\b|\bin an? (?:e-?mail|text|letter)\b|\btext (?:it|that|them|the \w+) to\b|\bin writing\b|send (?:it|me|everything|them|that|over|a|the)\b|\btext me\b|\bsms\b|put (?:it|everything|all|that)[\w\s]{0,20} in writing|(?:drop|shoot) me an? (?:e-?mail|message|text|line)|write (?:it|me)/i,
    agree: /^(?:(?:ok(?:ay)?|yes|yeah|yep|alright|all right)[,.!\s]+)?(?:sure|fine|sounds (?:good|fair|great)|that works|deal|great|perfect|go for it|let'?s do (?:it|that)|i agree|agreed|no problem|of course|absolutely)[,.!\s]*$|^(?:ok(?:ay)?|sure|yes|yeah|alright|sounds good|that works|fine|right)[,.!\s]+(?:(?:ok(?:ay)?|yes|yeah)[,.!\s]+)*(?:that'?s (?:fine|fair)|sounds|let'?s|go ahead|do it|book it|i'?ll|put|that works|great)|\b(?:i'?ve|i have|i) (?:got |have )?(?:a few|a couple of|(?:about|maybe|like) \w+|\w+) minutes\b(?! (?:before|left|to spare))|that'?s fair|sounds (?:good|fair)|that works/i,
    refuse: /\bnot interested\b|no,? thanks?|no thank(?: you)|don'?t (?:really |even )?(?:need|want)|won'?t (?:be|renew)|not (?:going to|gonna)|i'?ll pass|\bdecline|i refuse|not for me|rather not|not now|no way|forget it|none of (?:them|these|those|the \w+)|neither of (?:them|these|those)|^(?:no|nah|nope)[,.!]?\s+(?:i'?m not|i don'?t|we don'?t|we'?re not|i won'?t)\b|not committing|not signing/i,
    "pick-option": /\b(?:i'?d|we'?d|i'?ll|we'?ll|let'?s) (?:go for|have|book|try|rather have|rather go with) (?:the|option|a slot|that one|this one)\b|\b(?:that|this) one(?:'s| is)? (?:fine|good|better|please)\b|^(?:the )?(?:earlier|later|cheaper|bigger|smaller|shorter|longer) (?:one|option|slot)\b|\b(?:i'?ll|i will|let'?s|we'?ll) (?:go with|take|pick|choose|do)\b|\b(?:the )?(?:first|second|third|last|other) (?:one|option)\b|\boption (?:a|b|c|one|two|three|[1-3])\b|\bplan (?:a|b|c)\b|\bi(?:'d)? (?:prefer|choose|pick)\b|(?:morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|weekend)(?:'?s)? (?:works|is (?:fine|better|good)|fine|please)|\bmake it\b|\bthe (?:full|two|three|one)[- ]\w+ (?:lock|plan|option|months?)/i,
    rating: /\b(?:[0-9]|10)(?: out of (?:5|10|five|ten)|\/(?:5|10))|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)(?: out of (?:five|ten))\b|\b(?:very |quite |fairly |not (?:very )?)?(?:satisfied|dissatisfied|unsatisfied|happy with it)\b|\bi'?d (?:give|say|rate)(?: (?:it|you|that|the \w+))? (?:a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:[1-5]|five|four|three|two|one) stars?\b|^(?:(?:meh|honestly|pretty good|solid|maybe|oh|um|uh|erm|hmm|well|probably|i'?d say|i guess)[,.]?\s*)*(?:a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)(?: and a half)?\b(?:[,.!]|$|\s+(?:maybe|probably|i (?:suppose|guess|think|reckon)|or so))|solid (?:\d|one|two|three|four|five)/i,
    "cant-hear": /(?:so|very|too|really) (?:loud|noisy) (?:here|in here|where i am)|can'?t hear|cannot hear|can'?t make (?:that|you) out|breaking up|bad (?:line|connection|signal)|line'?s (?:really )?bad|you'?re cutting out|hello\?+ hello|are you there|didn'?t catch|caught (?:about )?half|speak up|too quiet|(?:lot of|so much) noise|really loud|is running, what|what was that\??$/i,
    repeat: /say (?:that |it |the \w+ )?again|go (?:through|over) (?:\w+ ){0,3}again|\b(?:you said|did you say)\?|(?:\d|\b(?:oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand))\s*,?\s*(?:was it|is it)\?|repeat (?:that|it)|come again|pardon\b|sorry,? what\??$|what did you (?:just )?say|run (?:that|it) by me again|one more time|didn'?t (?:get|understand) (?:that|you)|what do you mean|slow(?:er)? down|\bslower\b|which \w+ were those|^sorry,? was that|back up|again slowly/i,
    supervisor: /(?:let me|can i|i want to|i'?d like to) (?:talk|speak) to (?:the|your|someone|somebody|whoever|anyone)|\b(?:whoever|someone|somebody|the person)(?:'s| is)? in charge\b|put (?:the|your) \w+(?: \w+)? on\b|\b(?:account |regional )?director\b|\bsupervisor|\bmanager\b|someone (?:in charge|senior|who can (?:actually |really )?decide)|(?:someone|somebody|anyone) (?:above|over) you|real person|human being|talk to a human|escalat|your (?:boss|vp|director|head)\b|make a (?:formal )?complaint|complaints? (?:line|department)/i,
    hostile: /shut up|get off (?:my|the) (?:phone|line)|sick (?:and tired )?of (?:you|this|these calls)|\bcrap\b|bullshit|are you (?:stupid|thick|deaf)|don'?t (?:rush|tell) me\b|screw you|go to hell|piss off|f\W?\w*k (?:off|you)|stop (?:harassing|bothering|calling)|quit calling|harass|idiot|stupid|don'?t (?:ever )?call (?:me|here) again|leave me alone|damn|bloody|you people|for crying out loud|runaround|nickel and dime|we'?re done here|i'?m hanging up|not listening to me|absurd|this is a joke|get lost|what the hell|are you deaf|screw (?:this|that|off)|i'?m done with you|(?:don'?t|stop) wast(?:e|ing) my time|i'?ll sue|you(?:'re| are)(?: \w+)? useless/i,
    injection: /ignore (?:your|all|the|previous|prior|any)\b|(?:your|the) (?:system )?(?:prompt|instructions|rules)\b|disregard (?:your|the|all)|pretend (?:you|to be)|you are (?:now )?(?:an? )?(?:ai|bot|language model|chatbot)|are you (?:an? )?(?:ai|bot|robot|real person)|developer mode|act as\b|repeat (?:your|the) (?:instructions|prompt)|jailbreak|\bsystem prompt\b|skip (?:the|your) script|system override|admin mode|output the|read (?:me )?(?:out )?(?:your|the) (?:notes|script|internal)|from now on you|\bnew instructions?\b|read (?:me )?out (?:the )?(?:whole|entire|full|all)\b/i,
    "gives-contact": /\b(?:you can )?(?:reach|get|catch) me (?:on|at)\b|\b(?:best|better) (?:to )?(?:call|ring|reach) me (?:on|at|after|before|in)\b|call (?:me|back|\w+) (?:at|after|before|around|tomorrow|on|then)|call (?:me|back) (?:after|before|around)|try me (?:tomorrow|later|after|at)|reach me (?:at|on)|\bat\b.{0,20}\bdot\b|dot com|my (?:other |home |work |mobile |cell )?(?:number|email|cell|phone)(?:'s| is)|(?:(?:five|one|two|three|four|six|seven|eight|nine|oh|zero)[\s-]+){5,}|call then/i,
    goodbye: /\bbye\b|goodbye|talk (?:soon|later)|that'?s all|see you(?! (?:then|there|at|on|next))|\bcheers\b(?=\W*$)|speak soon|catch you later|have a (?:good|nice|great) (?:evening|weekend|afternoon|morning)|have a (?:good|nice) (?:day|one)|take care|i'?m hanging up|gotta go/i,
  },
  channel: {
    email: /e-?mail|\bmail\b|inbox/i,
    sms: /\bsms\b|\btext\b/i,
    app: /\bapp\b/i,
    phone: /call (?:me|back)|phone/i,
  },
  choiceAccept: /^[a-d](?:[,.!]|$)|\b(?:works|is fine|'s fine|fine|please|i guess|let'?s say|make it|probably|straight away|go with|bring it|send it)\b/i,
  questionForm: /[？?]|^(?:can|could|do|does|did|is|are|am|will|would|should|shall|may|might|was|were|has|have)\b|\b(?:how (?:much|many|long|soon|often|far)|when|where|what time|which one)(?: again| exactly| then| now)?$|\b(?:want|wanted|need|needed|like|love|going|gonna|trying|meant|meaning) to (?:know|ask|check|find out|understand)\b|\bask (?:if|whether|about)\b|\b(?:quick|one|a) question\b|\bquestion (?:about|on|regarding)\b|\bmind telling me\b|(?:^|,\s*|\b(?:so|and|but|then|okay|ok|also|now|honestly|well|just|actually|wait|sorry|oh|um|uh|hmm)\s+)(?:(?:how|what|why|when|where|which|who|any)\b|(?:can|could|do|does|did|is|are|am|will|would|should|shall|may|might|was|were|has|have|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|shouldn'?t|didn'?t|wasn'?t|haven'?t|hasn'?t)\s+(?:i|we|you|it|he|she|they|there|that|this|these|those|my|your|our|their|his|her|the|a|an|any|anyone|someone|somebody|anything|everything)\b)|\b(?:i need to know|tell me|explain|walk me through|i want to understand|i'?d like to (?:know|understand)|wondering|curious|how come|or what|or something|or not$|,\s*(?:right|correct)$|any chance|is it possible|do you know (?:if|whether|when|how|what)|i was wondering|i don'?t get why|remind me|what about|what if|and if|i thought that|what'?s|how'?s|can i|can we|do i|is it|is that|was that|are you|will you|would you|do you|can she|can he)\b|\bby itself$|(?<!\b(?:i|we|you|they|he|she|it|that|which|who|what|where|how|when)\s)\b(?:can|could|will|would|should|do|does|did)\s+(?:i|we|my|our|you|he|she|they)\s+\w+/i,
  answerTail: /(?<![,\s])[,\s]+(?:works(?: for me)?|is (?:fine|best|good|better)|please|i guess|i think|then)$/i,
  request: /\b(?:can|could) we (?:do|talk|speak|chat|go over)(?: about)?(?: this| it| that)? (?:later|another time|tomorrow|some other time)\b|\b(?:could|can|would|will) you (?:please |just )?(?:put|send|email|e-mail|mail|text|write|call|ring|give)\b|\bplease\b/i,
  goOnPrompt: /^(?:(?:ok(?:ay)?|fine|right|alright|mm-?hm|uh-huh|got it|sure)[,.!]?\s*)*(?:and\??|and then\??|what else\??|what's next\??|anything else\??|go on\.?|then what\??)\s*$/i,
  agreeLead: /^(?:ok(?:ay)?|sure|fine|alright|all right|sounds good|great|perfect)\b[,.!]?\s/i,
  interrogativeStart: /^(?:why|how|what|when|where|who)/i,
  hypothetical: /^(?:(?:and|but|so|oh|well)[,\s]+)?(?:what if|if|in case|suppose|supposing)\b|\bwhat (?:if|happens if)\b/i,
  exclamation: /^(?:oh[,\s]+)?(?:what an?|how (?:lovely|nice|kind|good|great|awful|terrible|funny|strange))\b(?!.*[?？])/i,
  synonyms: [
    [/\bbucks?\b/gi, "dollars"],
    [/\bgonna\b/gi, "going to"],
    [/\bwanna\b/gi, "want to"],
    [/\bdoc\b/gi, "doctor"],
    [/\bhow come\b/gi, "why"],
    [/\bhow long (?:till|until|before)\b/gi, "when will"],
    [/\bon paper\b/gi, "in writing"],
    [/\bguy\b/gi, "person"],
    [/\bcheck\b(?= (?:actually )?(?:show|arrive|come))/gi, "money"],
    // Spoken figures as digits, as the document writes them ("seven" → 7, "the twentieth" → 20, "eighty eight" → 88);
    // "one" and "second" stay words (a pronoun, a unit of time).
    [SPOKEN_NUMBER, (word) => String(NUMBER_VALUES.get(word.toLowerCase()) ?? word)],
    [/\b([2-9])0[\s-]+([1-9])\b/g, "$1$2"],
    [/\b\d{1,2} hundred\b/gi, (hundreds) => `${parseInt(hundreds, 10)}00`],
  ],
  concepts: EN_CONCEPTS,
  lexicon: EN_LEXICON,
  answerTypes: EN_ANSWER_TYPES,
  questionWords: /(?!)/g,
  asksOwnRecord: /\b(?:my|did i|i paid|we paid|did we|was it|again)\b/i,
  asksRecall: /\bremind me\b|\bi forg[eo]t\b(?! to)|\brefresh my memory\b|\bi don'?t remember\b|\bwhat did you say\b/i,
  questionFrame: /\b(?:i(?: need| want| would like|'d like| have) to (?:know|ask|understand)|(?:can|could) you tell me|tell me|let me ask|i(?:'m| am) wondering|i wonder|i'?d like to hear|quick question)\b/gi,
  asksFigure: /how (?:many|much|long|soon|fast|often)|what(?:'s| is| are) the (?:number|figure|rate|price|cost)|figures?|numbers?|stats|statistics|percent|exactly/i,
  asksDocument: /report|document|sheet|table|summary|breakdown|in writing|send (?:me|it|over)|e-?mail|pdf|quote/i,
  hasDocument: /report|document|sheet|table|summary|breakdown|in writing|pdf|quote/i,
  requestsSomething: /\bsend\b|\bget (?:a|the|my|our)\b/i,
  questionKinds: [/\bwhy\b|how come/i, /\bwhen\b|how (?:long|soon)|what time|which day/i, /\bhow (?:much|many)\b/i, /\bhow (?:do|does|did|can|is|are|will|would)\b/i, /\b(?:can|could|may) (?:i|we)\b/i, /^\s*(?:does|do|is|are|will|did|has|have)\b/i],
  asksDefinition: /^\s*[\w-]+ how\?|defin|count(?:ing|ed)?\b|measur|calculat|what do you mean|mean by/i,
  defines: /defin|means?\b|counts? as|measured|calculated|we count|is when/i,
  salesWorry: /sales (?:call|pitch)|\bselling\b|sell me|trying to sell|\bpitch\b/i,
  scamWorry: /\bscam|fraud|phishing|is this (?:real|legit)/i,
  echoUnits: 2,
  partBreak: /[?;]\s*|(?<![\s,]),?\s+(?:and also|and|also|plus)\s+(?=(?:can|could|do|does|did|is|are|will|would|what|when|where|why|how|which|who)\b)/i,
  givesData: /\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|\w+teenth|\w+tieth|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i,
  proposal: /\b(?:shall|should|can|could|may) (?:i|we)\b[^?]*\?$|\b(?:would|do) you (?:like|want)\b[^?]*\?$|\b(?:how about|what about|would you be (?:interested|open|happy)|are you (?:interested|happy|ok(?:ay)?|fine) (?:with|in|to))\b[^?]*\?$|\b(?:is that|does that|would that|will that) (?:ok(?:ay)?|all right|alright|work|suit|sound)\b[^?]*\?$|\b(?:ok(?:ay)?|all right|alright|right|sound good)\?$/i,
  declineLead: /^(?:(?:oh|um|uh|well)[,\s]+)?(?:no|nah|nope|not really|i'?m good|i'?ll pass|not now)\b(?![\s,]*(?:problem|worries|rush|doubt))/i,
  suggestionLead: /^(?:(?:well|maybe|honestly|so|and|but|also|oh)[,\s]+)?(?:i(?:'d)? suggest|i(?:'d)? recommend|you (?:should|ought to|oughta|could)|you guys should|maybe (?:you|they) (?:should|could)|maybe (?:send|add|put|make|have|give|offer|do))\b/i,
  ratingValue: /\b(?:excellent|great|good|fine|decent|ok(?:ay)?|so-so|average|not (?:too )?bad|poor|bad|terrible|awful|fantastic|amazing|brilliant|mediocre)\b|\b(?:[0-9]|10)(?: out of (?:5|10|five|ten)|\/(?:5|10))|\b(?:one|two|three|four|five|six|seven|eight|nine|ten) out of (?:five|ten)\b|\b(?:very |quite |fairly |not (?:very )?)?(?:satisfied|dissatisfied)\b|\b(?:[1-5]|five|four|three|two|one) stars?\b|\bi'?d (?:give|say|rate)(?: (?:it|you|that|the \w+))? (?:a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|^(?:(?:meh|honestly|pretty good|solid|maybe|oh|um|uh|erm|hmm|well|probably|i'?d say|i guess)[,.]?\s*)*(?:a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)(?: and a half)?\b(?:[,.!]|$|\s+(?:maybe|probably|i (?:suppose|guess|think|reckon)|or so))|solid (?:\d|one|two|three|four|five)/i,
  namedAway: /\b[A-Z][a-z]+'s (?:at work|out|not (?:here|in|home)|in (?:a|the) \w+|asleep|napping)\b/,
  relation: /\b(?:wife|husband|partner|son|daughter|mother|mom|mum|father|dad|colleague|assistant|secretary|roommate|brother|sister)\b/i,
};
