// Headings numbered after a word of the writer's own ("## 技能1：核对身份", "### Skill 2 - Ask", "## 环节3"): a run of
// three or more at one level, numbered 1, 2, 3 in order, is a script's stages; rewritten to the step mark the reader
// knows, for a document whose markup gave no script otherwise.

const HEADING = /^(#{1,6})[ \t]+(\p{L}{1,12})[ \t]?(\d{1,2})(?:[ \t]*[：:.、．)）\-–—][ \t]*|[ \t]+)(.*)$/u;
/** Words that number questions, examples, versions or the step mark itself: their runs are no stages to rewrite. */
const NOT_STAGES = /^(?:q|qa|faq|question|questions|objection|example|examples|case|version|v|step|steps|第|问|问题|问答|异议|示例|例|例子|案例|场景|版本|步骤|步)$/iu;

interface Run { level: string; word: string; at: number[] }

export function wordNumberedHeadings(text: string): string | null {
  const lines = text.split("\n");
  const runs = new Map<string, Run>();
  lines.forEach((line, i) => {
    const m = HEADING.exec(line);
    if (m === null || NOT_STAGES.test(m[2] ?? "")) return;
    const key = `${m[1] ?? ""} ${(m[2] ?? "").toLowerCase()}`;
    const run = runs.get(key) ?? { level: m[1] ?? "", word: m[2] ?? "", at: [] };
    run.at.push(i);
    runs.set(key, run);
  });
  // The longest run numbered 1, 2, 3 … in order.
  const numbered = [...runs.values()].filter((r) => r.at.length >= 3 && r.at.every((i, n) => Number(HEADING.exec(lines[i] ?? "")?.[3]) === n + 1));
  const run = numbered.sort((a, b) => b.at.length - a.at.length)[0];
  if (run === undefined) return null;
  const han = /\p{Script=Han}/u.test(run.word);
  for (const [n, i] of run.at.entries()) {
    const title = (HEADING.exec(lines[i] ?? "")?.[4] ?? "").trim();
    lines[i] = han ? `${run.level} 第${n + 1}步：${title}` : `${run.level} Step ${n + 1}: ${title}`;
  }
  return lines.join("\n");
}
