// Small generic stopword lists: function words that carry no topic, in Chinese and English.

export const STOPWORDS = new Set<string>([
  // zh
  "的", "了", "是", "在", "我", "你", "您", "他", "她", "它", "我们", "你们", "您们", "他们", "这", "那", "这个", "那个",
  "就", "都", "也", "还", "和", "与", "及", "或", "吗", "呢", "吧", "啊", "呀", "哦", "嗯", "哈", "么", "嘛", "啦",
  "一个", "一下", "有", "没", "没有", "会", "能", "可以", "要", "把", "被", "给", "对", "让", "从", "到", "上", "下",
  "里", "中", "为", "以", "而", "但", "但是", "所以", "因为", "如果", "就是", "还是", "什么", "怎么", "怎样", "一些",
  "着", "过", "又", "很", "太", "更", "最", "再", "才", "请", "请问", "是否", "个", "些", "其", "之", "等",
  // en
  "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
  "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "i", "you", "he",
  "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "our", "their", "its", "this", "that",
  "these", "those", "there", "here", "what", "which", "who", "whom", "how", "so", "than", "then", "too", "very",
  "can", "could", "will", "would", "shall", "should", "may", "might", "must", "just", "about", "into", "over",
  "any", "some", "all", "no", "not", "s", "t", "re", "ll", "ve", "d", "m", "o", "up", "out", "also", "yes", "ok", "okay",
]);
