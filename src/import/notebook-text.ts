// A Jupyter notebook (.ipynb) → the document its cells spell: markdown and raw cells as text, code cells as fenced
// code; outputs (results, images) are the kernel's, not the writer's, and are left out.

interface Cell { cell_type?: unknown; source?: unknown }

const source = (cell: Cell): string => (Array.isArray(cell.source) ? cell.source.join("") : typeof cell.source === "string" ? cell.source : "");

export const isNotebook = (text: string): boolean => /^\s*\{/u.test(text) && /"nbformat"\s*:/u.test(text) && /"cells"\s*:/u.test(text);

export function notebookText(text: string): string | null {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return null; }
  const cells = (data as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return null;
  const parts = (cells as Cell[]).map((cell) => {
    const said = source(cell).trim();
    if (said === "") return "";
    return cell.cell_type === "code" ? `\`\`\`\n${said}\n\`\`\`` : said;
  }).filter((p) => p !== "");
  return parts.length === 0 ? null : parts.join("\n\n");
}
