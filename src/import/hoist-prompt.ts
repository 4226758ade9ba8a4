// The prompt a team wrote, wherever an export buries it (a workflow node's template, a request body, a message of
// role system): a long text of many lines is a document of its own, read first and whole; the rest of the tree
// (opening, closing, FAQ and profile keys) is read as the outline after it.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A prompt: many lines of prose, not a single paragraph or a list of short values. */
export const PROMPT_MIN_LINES = 5;
export const PROMPT_MIN_CHARS = 120;

export function isPromptText(v: unknown): v is string {
  return typeof v === "string" && v.length >= PROMPT_MIN_CHARS && v.split("\n").filter((l) => l.trim() !== "").length >= PROMPT_MIN_LINES;
}

/** The tree without its prompt texts (a record that held only a prompt and its role goes too), and the prompts in order. */
export function hoistPrompts(data: Json): { prompts: string[]; rest: Json } {
  const prompts: string[] = [];
  const walk = (value: unknown): unknown => {
    if (isPromptText(value)) { prompts.push(value); return undefined; }
    if (Array.isArray(value)) return value.map(walk).filter((v) => v !== undefined);
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const w = walk(v);
      if (w !== undefined) out[k] = w;
    }
    // { role: "system" } with its text gone: nothing left of the message.
    const left = Object.values(out).filter((v) => !(typeof v === "string" && /^[\w-]{1,20}$/u.test(v)));
    return left.length === 0 && Object.keys(out).length < Object.keys(value).length ? undefined : out;
  };
  const rest = walk(data);
  return { prompts, rest: isObject(rest) ? rest : {} };
}
