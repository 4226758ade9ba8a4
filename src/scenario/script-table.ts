// A table whose rows are numbered 1, 2, 3… in their first cell is a script, whatever its header says: a printed
// call sheet ("AGENT SAYS | IF CUSTOMER SAYS") numbers its steps in the table, with no heading over it.

import type { SourceLine } from "./lines.js";

const RULE_ROW = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
/** "1.", "2)", "3、", "1 开场" at the start of a cell, or "Step 1 Greeting", "第1步", "步骤 1" (a bare number may count anything). */
const CELL_NUMBER = /^\s*\|\s*(?:\*\*)?(?:(\d{1,2})(?:[.、)）]\s*\S|\s+[^\d\s|])|(?:step|第|步骤)\s*(\d{1,2})(?:\s*步|\s*\||\s+\S))/iu;
/** A first column headed as the rows' numbers ("#", "No.", "序号"): its bare numbers count the rows. */
const NUMBER_HEADER = /^\s*\|\s*(?:#|no\.?|序号|编号)\s*\|/iu;
const BARE_NUMBER = /^\s*\|\s*(\d{1,2})\s*\|/u;
/** So many rows numbered in order, from 1, make a script. */
const MIN_NUMBERED_ROWS = 3;

/** The line at `at` heads a table whose rows are numbered in order from 1. */
export function headsNumberedTable(lines: readonly SourceLine[], at: number): boolean {
  const head = lines[at]?.text ?? "";
  if (!head.trim().startsWith("|") || !RULE_ROW.test(lines[at + 1]?.text ?? "")) return false;
  let expected = 1;
  const numbers = NUMBER_HEADER.test(head) ? BARE_NUMBER : CELL_NUMBER;
  for (let k = at + 2; k < lines.length; k++) {
    const m = numbers.exec(lines[k]?.text ?? "");
    if (m === null || Number(m[1] ?? m[2]) !== expected) break;
    expected++;
  }
  return expected - 1 >= MIN_NUMBERED_ROWS;
}

/** A question cell: it ends with a question mark (any script's). */
const QUESTION_CELL = /^\s*\|\s*[^|]*[?？]\s*(?:\*\*)?\s*\|/u;
/** So many rows, at least half of them asking in their first cell, make a table of questions and answers. */
const MIN_QA_ROWS = 3;

/** The line at `at` heads a table whose first column asks questions (the next column answers them). */
export function headsQuestionTable(lines: readonly SourceLine[], at: number): boolean {
  const head = lines[at]?.text ?? "";
  if (!head.trim().startsWith("|") || !RULE_ROW.test(lines[at + 1]?.text ?? "")) return false;
  let rows = 0;
  let asking = 0;
  for (let k = at + 2; k < lines.length && (lines[k]?.text ?? "").trim().startsWith("|"); k++) {
    rows++;
    if (QUESTION_CELL.test(lines[k]?.text ?? "")) asking++;
  }
  return rows >= MIN_QA_ROWS && asking * 2 >= rows;
}
