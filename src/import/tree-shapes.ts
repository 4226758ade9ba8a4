// Wrappers an API puts around a team's data (GraphQL connections, { node } items, label/value rows, __typename):
// taken off before the tree is written as an outline, so lists read as lists and fields as fields.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Keys a schema adds to every record: no content. */
const SCHEMA_KEY = /^__/u;
/** Keys naming a row's label and its value ({ label, value }, { key, value }, { field, value }); not a title and text (a step). */
const LABEL_KEY = /^(?:label|key|field|name|variable)$/iu;
const VALUE_KEY = /^value$/iu;

/** A string that names or points (a cursor, an id), not text a person wrote. */
const token = (v: unknown): boolean => typeof v !== "string" || /^[\w=+/:.-]*$/u.test(v);

function shape(value: unknown): unknown {
  if (Array.isArray(value)) {
    const list = value.map(shape);
    // Rows of a label and a value: the record they spell.
    const rows = list.every((r) => isObject(r) && Object.keys(r).length === 2 && Object.keys(r).some((k) => LABEL_KEY.test(k)) && Object.keys(r).some((k) => VALUE_KEY.test(k)));
    if (rows && list.length > 1) {
      return Object.fromEntries(list.map((r) => {
        const entries = Object.entries(r as Json);
        const label = entries.find(([k]) => LABEL_KEY.test(k))?.[1];
        const val = entries.find(([k]) => VALUE_KEY.test(k))?.[1];
        return [String(label), val];
      }));
    }
    return list;
  }
  if (!isObject(value)) return value;
  const entries = Object.entries(value).filter(([k]) => !SCHEMA_KEY.test(k)).map(([k, v]) => [k, shape(v)] as const);
  const objects = entries.filter(([, v]) => isObject(v));
  const arrays = entries.filter(([, v]) => Array.isArray(v));
  // { cursor, node: {…} }: the item is the node.
  if (objects.length === 1 && arrays.length === 0 && entries.every(([, v]) => isObject(v) || token(v))) return objects[0]?.[1];
  // { totalCount, edges: […], pageInfo }: the connection is its list.
  if (arrays.length === 1 && entries.every(([, v]) => Array.isArray(v) || typeof v === "number" || typeof v === "boolean" || (isObject(v) && Object.values(v).every(token)))) return arrays[0]?.[1];
  return Object.fromEntries(entries);
}

/** The tree with API wrappers taken off (the root stays a record). */
export function withoutWrappers(data: Json): Json {
  const shaped = shape(data);
  return isObject(shaped) ? shaped : data;
}
