// Strings inside an export that are themselves data: a request body holding JSON as text is opened into its tree,
// and "{{name}}" placeholders are filled from the same file's key/value variables, so the human text reads whole.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A string that is a JSON object or array written out ("raw" request bodies): its tree, else the string. */
function opened(text: string): unknown {
  const t = text.trim();
  if (!((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]")))) return text;
  try {
    const parsed: unknown = JSON.parse(t);
    return typeof parsed === "object" && parsed !== null ? parsed : text;
  } catch {
    return text;
  }
}

function expand(value: unknown): unknown {
  if (typeof value === "string") {
    const inner = opened(value);
    return inner === value ? value : expand(inner);
  }
  if (Array.isArray(value)) return value.map(expand);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
  return value;
}

/** Variables a file defines as records of a key and a value ({ "key": "owner", "value": "…" }, or its "default"). */
function variables(value: unknown, out: Map<string, string>): void {
  if (Array.isArray(value)) for (const v of value) variables(v, out);
  else if (isObject(value)) {
    const name = value.key ?? value.name;
    // A variable's value may be written as its default ({ "name": "brand", "default": "…" }).
    const given = value.value ?? value.default ?? value.defaultValue ?? value.default_value;
    if (typeof name === "string" && typeof given === "string" && Object.keys(value).length <= 4) out.set(name, given);
    for (const v of Object.values(value)) variables(v, out);
  }
}

/** "{{name}}", "${name}", "{name}" (a Python f-string or LangChain template): a slot filled at call time. */
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}|\$\{\s*([\w.-]+)\s*\}|(?<![{$])\{([A-Za-z_]\w{0,40})\}(?!\})/gu;

const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER.source, "u");

/** The names the file's strings use as slots. */
function slotNames(value: unknown, out: Set<string>): void {
  if (typeof value === "string") for (const m of value.matchAll(PLACEHOLDER)) out.add(m[1] ?? m[2] ?? m[3] ?? "");
  else if (Array.isArray(value)) for (const v of value) slotNames(v, out);
  else if (isObject(value)) for (const v of Object.values(value)) slotNames(v, out);
}

/** A slot's value given as a field of that name anywhere in the file ("partial_variables": { "agent_name": "…" }), when it gives one only. */
function fieldValues(value: unknown, names: ReadonlySet<string>, out: Map<string, Set<string>>): void {
  if (Array.isArray(value)) for (const v of value) fieldValues(v, names, out);
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (names.has(k) && (typeof v === "string" || typeof v === "number") && String(v).length <= 80 && !HAS_PLACEHOLDER.test(String(v))) out.set(k, new Set([...(out.get(k) ?? []), String(v)]));
      fieldValues(v, names, out);
    }
  }
}

function fill(value: unknown, vars: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return value.replace(PLACEHOLDER, (m, a?: string, b?: string, c?: string) => vars.get(a ?? b ?? c ?? "") ?? m);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  return value;
}

/** The export with its JSON-as-text opened and its placeholders filled (unchanged when it has neither). */
export function openTreeStrings(data: Json): Json {
  const expanded = expand(data) as Json;
  const vars = new Map<string, string>();
  variables(expanded, vars);
  const names = new Set<string>();
  slotNames(expanded, names);
  const given = new Map<string, Set<string>>();
  fieldValues(expanded, names, given);
  for (const [name, values] of given) if (!vars.has(name) && values.size === 1) vars.set(name, [...values][0] ?? "");
  return vars.size === 0 ? expanded : fill(expanded, vars) as Json;
}
