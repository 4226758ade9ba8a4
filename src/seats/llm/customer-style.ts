// Checks a simulated customer's line against what it must never sound like: its negative examples, or an assistant.
import { similarity } from "../../text/similarity.js";

const ASSISTANT_VOICE = [
  /\bas an ai\b/i,
  /\b(a|an) (ai|artificial intelligence|language model|virtual assistant)\b/i,
  /\bi'?m (happy|glad|here) to help\b/i,
  /\bhow (can|may) i (help|assist)\b/i,
  /\bi (can ?not|can't) (browse|access) /i,
  /作为(一个|一名)?(AI|人工智能|语言模型|智能助手|AI助手)/i,
  /我是(一个|一名)?(AI|人工智能|语言模型|智能助手|虚拟助手|AI助手)/i,
  /很(高兴|乐意)(为您|帮您|帮助您)/,
  /有什么(可以|能)(帮|为)(您|你)/,
];

export type StyleProblem = { kind: "assistant-voice-regenerated" | "negative-style-regenerated"; detail: string };

/** Share of token overlap at or above which a line counts as repeating a negative example. */
const NEGATIVE_SIMILARITY = 0.6;

function compact(text: string): string {
  return text.replace(/[\s"'“”‘’「」『』,.!?，。！？、；;：:…—-]/g, "").toLowerCase();
}

export function styleProblem(text: string, negatives: readonly string[]): StyleProblem | null {
  const voice = ASSISTANT_VOICE.find((pattern) => pattern.test(text));
  if (voice !== undefined) return { kind: "assistant-voice-regenerated", detail: `assistant voice: "${voice.exec(text)?.[0] ?? ""}"` };
  const line = compact(text);
  for (const negative of negatives) {
    const example = compact(negative);
    if (example.length >= 4 && (line.includes(example) || similarity(text, negative) >= NEGATIVE_SIMILARITY)) {
      return { kind: "negative-style-regenerated", detail: `sounds like the negative example "${negative}"` };
    }
  }
  return null;
}

export function styleCorrection(problem: StyleProblem): string {
  return problem.kind === "assistant-voice-regenerated"
    ? "You just talked like an AI assistant. You are the person who answered the phone: say it again the way that person would, short and natural."
    : `You just sounded like something you must never sound like (${problem.detail}). Say it again in your own voice, short and natural.`;
}
