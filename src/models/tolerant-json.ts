// Tolerant JSON reading for providers that ignore response_format: strip fences and chatter, fix common slips.

export type TolerantParse = { ok: true; value: unknown; repaired: boolean } | { ok: false; error: string };

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** The outermost {...} span, ignoring prose or code fences around it. */
function objectSpan(text: string): string | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  return start >= 0 && end > start ? text.slice(start, end + 1) : null;
}

function repairSlips(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/,\s*([}\]])/g, "$1") // trailing commas
    .replace(/([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/g, '$1"$2":') // unquoted keys
    .replace(/:\s*None\b/g, ": null")
    .replace(/:\s*True\b/g, ": true")
    .replace(/:\s*False\b/g, ": false");
}

export function parseTolerantJson(text: string): TolerantParse {
  const direct = tryParse(text.trim());
  if (direct.ok) return { ok: true, value: direct.value, repaired: false };
  // Reasoning models served raw may think aloud first; braces in the thoughts must not start the span.
  const span = objectSpan(text.replace(/<think>[\s\S]*?<\/think>/g, ""));
  if (span === null) return { ok: false, error: "no JSON object in the reply" };
  const spanned = tryParse(span);
  if (spanned.ok) return { ok: true, value: spanned.value, repaired: true };
  const repaired = tryParse(repairSlips(span));
  if (repaired.ok) return { ok: true, value: repaired.value, repaired: true };
  return { ok: false, error: direct.error };
}
