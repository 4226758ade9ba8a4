// A LaTeX source (a printed handout) reads as the Markdown it means: \section headings are sections, enumerate items
// steps (a nested enumerate a line of its step), description \item[term] entries fields, tabular rows questions and answers.
// Before LaTeX was known such a document was refused ("no caller side found").
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const EN = `\\documentclass{article}
\\usepackage[utf8]{inputenc}
\\title{Piano Tuning Reminder Calls}
\\author{Front desk}
\\begin{document}
\\maketitle
\\section*{Caller}
\\begin{description}
  \\item[Role] booking clerk at Harmonia Piano Care % internal note
  \\item[Name] Odile
  \\item[Task] book the yearly tuning of the customer's \\textbf{upright} piano
\\end{description}
\\section*{Steps}
\\begin{enumerate}
  \\item Greet: \`\`Hello, it's Odile from Harmonia Piano Care.''
  \\begin{enumerate}
    \\item Not the customer: apologise and end.
  \\end{enumerate}
  \\item Offer two dates -- Monday or Friday.
  \\item Closing.
\\end{enumerate}
\\section*{Frequently asked questions}
\\begin{tabular}{ll}
How long does it take? & About ninety minutes. \\\\
Do you move the piano? & No, it stays where it is. \\\\
\\end{tabular}
\\section*{Callee}
\\begin{description}
  \\item[Persona] a retired teacher who plays every evening.
\\end{description}
\\end{document}
`;

const ZH = `\\documentclass{ctexart}
\\begin{document}
\\section{拨打方}
\\begin{description}
  \\item[角色] 琴韵钢琴养护的客服
  \\item[姓名] 柯晓
\\end{description}
\\section{分步流程}
\\begin{enumerate}
  \\item 问好：\`\`您好，我是琴韵钢琴养护的柯晓。''
  \\item 约时间：问客户周一还是周五方便。
\\end{enumerate}
\\section{常见问题}
\\begin{tabular}{ll}
调一次要多久？ & 大约一个半小时。 \\\\
\\end{tabular}
\\end{document}
`;

describe("LaTeX read as Markdown", () => {
  it("en: sections, enumerate steps with a nested line, description fields, tabular Q&A; TeX marks are no text", () => {
    const s = parseScenarioText(EN);
    expect(s.caller.name).toBe("Odile");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("Hello, it's Odile");
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("Not the customer");
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(JSON.stringify(s)).not.toMatch(/\\(?:textbf|item|begin)|internal note/u);
  });

  it("zh: the same reading under Chinese section names", () => {
    const s = parseScenarioText(ZH);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.knowledgeBase.length).toBe(1);
  });
});
