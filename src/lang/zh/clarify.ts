// Chinese wording of the clarifying question between two close knowledge-base entries, and of the reply to it.
import type { ClarifyCues } from "../types.js";

export const ZH_CLARIFY: ClarifyCues = {
  ask: "我确认一下，您是问“{a}”，还是“{b}”？",
  asked: /是问[“"]([^”"]+)[”"][，,]?\s*还是[“"]([^”"]+)[”"][？?]/,
  pick: ["我是问“{option}”。", "“{option}”，这个。", "问的是“{option}”。"],
  first: /(?:第一个|前一个|前面(?:那|这)个|前者|头一个)/,
  second: /(?:第二个|后一个|后面(?:那|这)个|后者)/,
  neither: /(?:都不是|两个都不|都不对|不是这俩)/,
  neitherSaid: ["都不是。", "两个都不是，我问的不是这个。"],
};
