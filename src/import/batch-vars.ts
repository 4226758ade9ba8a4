// A Windows batch script that keeps its call script in variables (`set "NAME=value"`, `set NAME=value`): the values
// under their names, `REM` and `::` lines dropped as the shell drops them, `%NAME%` filled from the file's own values,
// and flat names that spell a structure (`STEP2`, `FAQ1_Q`, `CUST_NAME`) nested as a resource file's are.

import { nestCompoundKeys } from "./compound-keys.js";

type Tree = Record<string, unknown>;

/** `set "NAME=value"` or `set NAME=value` (any case); the quotes, when present, close the value. */
const SET_LINE = /^[ \t]*@?set[ \t]+(?:"([A-Za-z_][\w]*)=([^"\n]*)"|([A-Za-z_][\w]*)=([^\n]*))[ \t]*$/imu;
const REMARK = /^[ \t]*(?:@?rem\b|::)/iu;
/** A name that is a word and a number only (`STEP2`, `Line3`). */
const NUMBERED = /^(\p{L}+\d+)$/u;
/** Fewer set lines than this are a script's own settings, not a call script kept in variables. */
const MIN_VARIABLES = 5;

function variables(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (REMARK.test(line)) continue;
    const m = SET_LINE.exec(line);
    if (m === null) continue;
    out.push([(m[1] ?? m[3]) as string, ((m[2] ?? m[4]) as string).trim()]);
  }
  return out;
}

export function isBatchVariables(text: string): boolean {
  return /^[ \t]*@?echo[ \t]+off\b/imu.test(text.slice(0, 2000)) && variables(text).length >= MIN_VARIABLES;
}

export function batchTree(text: string): Tree | null {
  const values = new Map(variables(text));
  // `%NAME%` as the shell expands it, from values set before or after (a script is run top to bottom, but a call
  // script's placeholders name values the file holds).
  const fill = (v: string): string => v.replace(/%([A-Za-z_]\w*)%/gu, (whole, name: string) => values.get(name) ?? whole);
  const flat: Tree = {};
  // The shell's names are case-blind: written in lower case, as a program's keys are.
  // A numbered name's own value (`STEP2`) is the line that item says; its fields (`STEP2_IF`) sit beside it.
  for (const [name, value] of values) flat[name.toLowerCase().replace(NUMBERED, "$1_say")] = fill(value);
  const tree = nestCompoundKeys(flat);
  return Object.keys(tree).length >= 2 ? tree : null;
}
