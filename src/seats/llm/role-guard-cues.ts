// Words that only come up when a caller talks about being a model or about its prompt, in every language the
// guard knows. All languages apply at once: a leak is a leak whatever the language of the call.

/** Matched on the normalised line (reported as found). */
export const OUT_OF_ROLE_PATTERNS: readonly RegExp[] = [
  /\bsystem prompt\b/i,
  /\bmy (instructions|prompt|rules|guidelines)\b/i,
  /\b(as an ai|language model|ai assistant)\b/i,
  /\bknowledge base\b/i,
  /\bJSON\b/,
  /系统提示|提示词|知识库/,
  /我的(指令|设定|规则)/,
  /作为(一个|一名)?(AI|人工智能|语言模型)/i,
  /我是(一个|一名)?(AI|人工智能|语言模型)/i,
];

/** Matched on the compact line (letters and digits only), so spacing and punctuation tricks do not hide them. */
export const OUT_OF_ROLE_COMPACT: readonly string[] = [
  "systemprompt",
  "hiddenprompt",
  "myinstructions",
  "myprompt",
  "myrules",
  "myguidelines",
  "iwasinstructed",
  "asanai",
  "languagemodel",
  "aiassistant",
  "knowledgebase",
  "developermode",
  "json",
  "系统提示",
  "提示词",
  "知识库",
  "我的指令",
  "我的设定",
  "我的规则",
  "作为ai",
  "作为人工智能",
  "我是ai",
  "我是人工智能",
  "语言模型",
  "开发者模式",
];

/** The script's own step labels said aloud ("Step 2:") mean the prompt is being read out. */
export const STEP_LABEL_COMPACT = /step\d/;
