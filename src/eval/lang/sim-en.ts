// The simulator checks' English data: how a customer claims who they are, speaks for someone absent, ends a call and
// says why. Generic words of phone talk and job titles; nothing here belongs to one scenario.
import type { SimLang } from "./sim-types.js";

const OCCUPATIONS = [
  "accountant", "actor", "architect", "artist", "baker", "bank teller", "barber", "bartender", "bus driver", "butcher",
  "carpenter", "cashier", "chef", "chemist", "cleaner", "coach", "consultant", "cook", "courier", "dentist",
  "dental hygienist", "designer", "developer", "doctor", "driver", "economist", "electrician", "engineer", "farmer",
  "firefighter", "hairdresser", "hygienist", "journalist", "judge", "lawyer", "librarian", "mechanic", "manager",
  "midwife", "musician", "nurse", "paramedic", "pharmacist", "photographer", "physician", "pilot", "plumber",
  "police officer", "postman", "professor", "programmer", "receptionist", "referee", "salesman", "saleswoman",
  "scientist", "secretary", "security guard", "shop assistant", "social worker", "software engineer", "soldier",
  "student", "surgeon", "tailor", "taxi driver", "teacher", "technician", "therapist", "truck driver", "vet",
  "waiter", "waitress", "writer",
];

export const SIM_EN: SimLang = {
  selfAffirm: /^(?:(?:oh|um|uh|hi|hello|hey|yes|yeah|yep)[,.!\s]+)*(?:speaking|it's me|it is me|that's me|this is (?:she|he)|yes,? (?:it is|speaking)|i am,? yes)\b/,
  speaksForCustomer: /(?:can i (?:take a message|tell (?:her|him)|ask what)|(?:tell|let) (?:her|him) you called|i'll (?:tell|let) (?:her|him) know|i'm (?:his|her) (?:wife|husband|partner|son|daughter|mother|father|assistant|secretary|colleague)|(?:she|he)(?:'s| is) not (?:here|in|home|available)|(?:she|he)(?:'s| is) (?:out|away) (?:right now|at the moment|today))/,
  wrongNumber: /(?:wrong number|no one (?:by|called|named) that|nobody (?:by|called|named) that)/,
  notMe: /(?:^no,? (?:it's not|this isn't|that's not)|\bi'm not (?:her|him|mr|mrs|ms)\b|this isn't (?:her|him)|not (?:her|him),? sorry)/,
  fetches: /(?:\b(?:hang|hold) on\b|one moment|just a (?:sec|second|moment|minute)|(?:i'll|let me|i will) (?:get|grab|fetch|call) (?:her|him)|(?:she|he)(?:'s| is) (?:just )?(?:coming|here now|back)|i'll put (?:her|him) on|(?:passing|handing) (?:you|the phone) (?:over|to))/,
  otherAnswerer: /(?:answers (?:her|his|the|their)|picks up (?:the|her|his)|(?:answer|pick up|take) (?:her|his) (?:phone|calls)|screens (?:her|his) calls|takes (?:a )?messages?|puts the call through)/,
  occupationClaim: /(?:\bas an?|\bi(?:'m| am) an?|\bi work as an?|\bi'm just an?|\bi'm still an?|\bbeing an?)\s+(?:[a-z-]+\s+)?$/,
  occupations: OCCUPATIONS,
  ageClaim: /\bi(?:'m| am) (\d{1,3}|[a-z]+(?:[- ][a-z]+)?) years? old\b|\bi just turned (\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\b/,
  personaAge: /^[^,.\n]{2,40}?,\s*(\d{1,3})\b|\b(\d{1,3})[- ]years?[- ]old\b/,
  numberWords: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 },
  placeClaim: /\b(?:[Ii] live in|[Ii]'m from|[Ii] am from|[Ww]e live in|[Ii] moved to|[Hh]ere in) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/,
  personaPlace: /\b(?:in|from|lives in|living in|near) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g,
  spouses: [/\bhusband\b/, /\bwife\b/],
  ownSpouse: /\bmy (?:husband|wife)\b/,
  pronoun: /\b(?:i|me|my|mine|he|him|his|she|her|hers|they|them|their|we|us|our)\b/g,
  thirdPerson: [/\b(?:he|him|his|himself)\b/g, /\b(?:she|her|hers|herself)\b/g],
  narrationVerb: /^\s+(?:is|was|has|had|feels|felt|thinks|thought|sounds|sighs|pauses|laughs|answers|says|replies|looks|seems|hesitates|frowns|nods)\b/,
  leaving: /(?:\bi'm done\b|forget it|hanging up|i'm going now|i'm off now)/,
  filler: /\b(?:nope|nah|no|okay|ok|well|right|fine|yeah|yes|oh|so|just|then|now|anyway|whatever|bye|goodbye|thanks|thank you)\b/g,
  offer: /(?:\badd (?:our|a|the|an)\b|no obligation|want me to (?:add|set|sign|book)|would you like (?:to add|me to add)|i can (?:have|get) (?:a|our) (?:specialist|advisor|consultant)|sign you up)/,
  salesAct: /^(?:sell|selling|upsell|sign|push|pitch|flog)/,
  nothingMore: /(?:^(?:no,? )?(?:that's|that is) (?:all|everything|it)\b|nothing else|no other questions|that covers it)/,
  premiseAnswered: /(?:questions? (?:are|were|is|was|have been|has been) (?:all )?answered|gets? (?:clear )?answers|understands? (?:the|it|everything|what)|has the key (?:numbers|facts|answers))/,
  premiseHeard: /(?:after|once|when) (?:hearing|he hears|she hears|they hear|getting|he gets|she gets|they get) (.{3,80}?)(?:[,;.]|$)/,
  premiseSales: /(?:sales pitch|sold to|keeps pitching|pitches|upsell|pushes (?:a|an|another) (?:product|plan)|asks? for (?:a|the|her|his) (?:password|pin|code))/,
  alternative: /\bor\b/,
  itemSeparator: /,|;|\band\b|\bor\b/,
  accusation: /(?:(?:if|now|so) you(?:'re| are) (?:not )?(?:gonna|going to|trying to)|you(?:'re| are) (?:just |not )?(?:gonna|going to) (?:try (?:and|to) )?)\s*([a-z]+)/,
  situational: [
    /(?:at the door|emergency|the baby|kids? (?:is|are) (?:crying|screaming)|kettle|boiling over|something's burning)/,
    /(?:can't hear|cannot hear|you(?:'re| are) (?:breaking|cutting) (?:up|out)|you cut out|bad (?:line|signal|connection)|losing (?:you|signal))/,
  ],
  assistantVoice: /(?:(?:is there )?anything (?:else )?i can (?:do|help|assist) (?:for|with) you|what can i do for you|how can i be of (?:help|assistance)|i'd be (?:happy|glad|delighted) to pass (?:that|it|this) (?:along|on))/,
  stopwords: new Set(["that", "this", "with", "what", "have", "your", "about", "there", "they", "them", "then", "just", "like", "from", "will", "would", "could", "should", "been", "were", "when", "where", "which", "into", "some", "okay", "yeah", "well", "right", "really", "gonna", "going", "know", "think", "want", "said", "says", "also", "more", "much", "very", "sure", "thanks", "thank", "please", "sorry", "great", "good", "fine", "here", "there's", "it's", "i'm", "you're", "that's", "don't", "can't", "does", "doesn't", "let's", "make", "take", "tell", "call", "anything", "something", "nothing", "everything"]),
};
