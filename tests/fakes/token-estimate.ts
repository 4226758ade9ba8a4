// Rough token count used by the fake server's usage and the bench: one per CJK character, ~1.3 per Latin word.
export function estimateTokens(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g, " ").match(/[A-Za-z0-9]+|[^\sA-Za-z0-9]/g)?.length ?? 0;
  return cjk + Math.ceil(words * 1.3);
}
