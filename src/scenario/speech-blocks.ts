// Lines laid out the way a screenplay or a typed training script lays them out → one line per thing said, line for
// line: a character's cue over the indented speech under it (the speech joined at its first line, quoted when the
// character is the one the script follows), a direction in brackets run over several lines, "Label ...... value"
// leaders as fields, and "Q." / "A." pairs in the marks a knowledge base is read by.

/** A cue: a name in capitals alone on its line, with a screenplay's extension ("(V.O.)", "(CONT'D)") or none. */
const CUE = /^([A-Z][A-Z'’.-]{1,20}(?: [A-Z][A-Z'’.-]{1,20}){0,2})(?:\s*\([A-Z.'’ ]{1,12}\))?$/u;
/** "Customer ............ Mr Lee": a label, a leader of dots, its value. */
const LEADER = /^(\S[^.]{0,40}?)\s*(?:\.{4,}|…{2,}|·{4,})\s*(\S.*)$/u;
const Q_DOT = /^Q\.\s+(\S.*)$/u;
const A_DOT = /^A\.\s+(\S.*)$/u;
/** A bracketed direction is a sentence or two; a bracket left open longer is not one. */
const MAX_ASIDE_ROWS = 6;
/** The script follows one character: its cues come this often at least, more than anyone else's. */
const MIN_CUES = 3;

interface Row { raw: string; text: string; indent: number }

function rowsOf(text: string): Row[] {
  return text.split(/\r\n|\r|\n/).map((raw) => ({ raw, text: raw.trim(), indent: /^[ \t]*/.exec(raw)?.[0].length ?? 0 }));
}

/** The rows of a cue's speech: right under it (no blank between), indented less than the cue and more than nothing. */
function speechRows(rows: readonly Row[], at: number): number[] {
  const cue = rows[at] as Row;
  const out: number[] = [];
  for (let i = at + 1; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.text === "" || row.indent === 0 || row.indent >= cue.indent) break;
    out.push(i);
  }
  return out;
}

/** The text of the nearest filled row before (-1) or after (1) row `at`, within a few blank lines. */
function filledFrom(rows: readonly Row[], at: number, step: 1 | -1): string {
  for (let i = at + step, seen = 0; i >= 0 && i < rows.length && seen < MAX_ASIDE_ROWS; i += step, seen++) {
    const text = (rows[i] as Row).text;
    if (text !== "") return text;
  }
  return "";
}

/** The text rewritten, or null when none of these shapes is in it. */
export function joinSpeechBlocks(text: string): string | null {
  const rows = rowsOf(text);
  const out = rows.map((r) => r.raw);
  let changed = false;
  const cues = new Map<string, number>();
  const speeches = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const m = row.indent >= 8 ? CUE.exec(row.text) : null;
    if (m === null) return;
    const speech = speechRows(rows, i);
    if (speech.length === 0) return;
    speeches.set(i, speech);
    cues.set(m[1] ?? "", (cues.get(m[1] ?? "") ?? 0) + 1);
  });
  const ranked = [...cues].sort((a, b) => b[1] - a[1]);
  const lead = ranked[0] !== undefined && ranked[0][1] >= MIN_CUES && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
  for (const [at, speech] of speeches) {
    const name = CUE.exec((rows[at] as Row).text)?.[1] ?? "";
    out[at] = "";
    // Directions inside the speech ("(if he says yes)") stay lines of their own; the words said are one line.
    const said = speech.filter((i) => !/^\(/.test((rows[i] as Row).text) || !/\)$/.test((rows[i] as Row).text));
    const first = said[0];
    if (first === undefined) continue;
    const words = said.map((i) => (rows[i] as Row).text).join(" ");
    for (const i of said) out[i] = "";
    out[first] = `${name === lead ? `“${words.replace(/[“”"]/gu, "")}”` : words}`;
    changed = true;
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.text === "" || out[i] === "") continue;
    // "(if he says yes)" among the speech: a direction, an item of the part it stands in, its brackets kept.
    if (/^\(.*\)$/u.test(row.text) && row.indent > 0) {
      out[i] = `- ${row.text}`;
      changed = true;
      continue;
    }
    // "(if neither matches: apologise,\n use the closing)": one direction, one line.
    if (row.text.startsWith("(") && !row.text.includes(")")) {
      let end = i + 1;
      while (end < rows.length && end - i < MAX_ASIDE_ROWS && (rows[end] as Row).text !== "" && !(rows[end] as Row).text.includes(")")) end++;
      if (end < rows.length && (rows[end] as Row).text.includes(")")) {
        out[i] = `- ${rows.slice(i, end + 1).map((r) => r.text).join(" ")}`;
        for (let j = i + 1; j <= end; j++) out[j] = "";
        i = end;
        changed = true;
        continue;
      }
    }
    const leader = LEADER.exec(row.text);
    if (leader !== null) {
      out[i] = `- ${leader[1]}: ${leader[2]}`;
      changed = true;
      continue;
    }
    const q = Q_DOT.exec(row.text);
    if (q !== null && A_DOT.test(filledFrom(rows, i, 1))) {
      out[i] = `Q: ${q[1]}`;
      changed = true;
      continue;
    }
    const a = A_DOT.exec(row.text);
    if (a !== null && Q_DOT.test(filledFrom(rows, i, -1))) {
      out[i] = `A: ${a[1]}`;
      changed = true;
    }
  }
  return changed ? out.join("\n") : null;
}
