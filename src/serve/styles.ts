// The console's stylesheet, served as /ui/styles.css. CJK text falls back to the system's CJK fonts.
export const STYLES = `
:root { --fg: #1d2430; --muted: #6b7280; --line: #d9dee7; --bg: #f6f7f9; --ok: #137333; --bad: #b3261e; --accent: #1a56db; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); }
header.top { display: flex; gap: 24px; align-items: center; padding: 10px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header.top nav a { margin-right: 16px; color: var(--fg); text-decoration: none; padding: 4px 0; }
header.top nav a.active { border-bottom: 2px solid var(--accent); }
header.top .lang { margin-left: auto; }
main { padding: 16px 20px; }
a { color: var(--accent); }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin-bottom: 14px; }
.muted { color: var(--muted); }
.ok { color: var(--ok); }
.bad, .error { color: var(--bad); }
label { display: inline-flex; flex-direction: column; gap: 2px; margin: 4px 12px 4px 0; font-size: 13px; color: var(--muted); }
input, select, textarea, button { font: inherit; }
input, select { padding: 4px 6px; border: 1px solid var(--line); border-radius: 4px; color: var(--fg); }
button { padding: 5px 12px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
button.danger { background: #fff; color: var(--bad); border-color: var(--bad); }
button.secondary { background: #fff; color: var(--accent); }
button.secondary.on { background: #fde68a; }
button.small { padding: 1px 8px; font-size: 12px; }
button:disabled { opacity: 0.5; cursor: default; }
.scenarios { display: grid; grid-template-columns: 260px 1fr; gap: 16px; }
.scenario-list { list-style: none; padding: 0; margin: 0 0 10px; }
.scenario-list li { padding: 4px 0; border-bottom: 1px solid var(--line); }
.small { font-size: 12px; }
.editor textarea { width: 100%; font-family: ui-monospace, monospace; border: 1px solid var(--line); border-radius: 4px; padding: 8px; margin: 8px 0; }
.diagnostics ul { padding-left: 18px; }
.diagnostics li.error { color: var(--bad); }
.diagnostics li.warning { color: #8a5a00; }
.doc-lines { list-style: none; padding: 0; margin: 8px 0; max-height: 420px; overflow: auto; background: #fff; border: 1px solid var(--line); font-family: ui-monospace, monospace; font-size: 12px; }
.doc-lines li { white-space: pre-wrap; padding: 0 6px; }
.doc-lines li.flagged { background: #fff4e5; }
.doc-lines .no { display: inline-block; width: 3.5em; color: var(--muted); user-select: none; }
.doc-lines .note { color: var(--bad); padding-left: 3.5em; font-family: system-ui, sans-serif; }
.call { display: grid; grid-template-columns: 1fr 360px; gap: 16px; }
.transcript { list-style: none; padding: 0; }
.turn { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 6px 0; max-width: 85%; }
.turn.callee { margin-left: auto; background: #eef4ff; }
.turn.focus { outline: 3px solid #f59e0b; }
.turn.partial { opacity: 0.7; }
.turn .who { font-weight: 600; margin-right: 8px; }
.turn .no, .turn .time { color: var(--muted); font-size: 12px; margin-right: 6px; }
.tag { font-size: 11px; background: #eef; border-radius: 3px; padding: 0 5px; margin-right: 4px; color: #334; }
.turn .text { white-space: pre-wrap; }
form.human { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
form.human.waiting { border-color: var(--accent); box-shadow: 0 0 0 2px #c7d7fe; }
form.human .hint { width: 100%; color: var(--muted); }
form.human input { flex: 1; min-width: 240px; }
.steps { padding-left: 0; list-style: none; }
.steps li { padding: 4px 6px; border-radius: 4px; }
.steps li.current { background: #fff7d6; }
.steps li.done { color: var(--ok); }
.steps .tick { display: inline-block; width: 1.4em; }
.sample { color: var(--muted); font-size: 12px; margin-left: 1.4em; }
.kb { border-top: 1px solid var(--line); padding: 4px 0; }
.kb .q { font-weight: 600; }
.score { font-size: 28px; margin: 0; }
.verdict { font-size: 14px; margin-left: 12px; }
.checks { padding-left: 18px; }
.check.failed { color: var(--bad); }
.sev { font-size: 11px; text-transform: uppercase; border: 1px solid currentColor; border-radius: 3px; padding: 0 4px; }
.coaching li { margin-bottom: 8px; }
.coaching .label { color: var(--muted); }
.coaching .better q { color: var(--ok); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); }
.filters { margin: 10px 0; display: flex; gap: 12px; align-items: end; }
.histograms { display: flex; flex-wrap: wrap; gap: 12px; }
.histograms figure { margin: 0; font-size: 12px; color: var(--muted); }
.histogram rect { fill: var(--accent); }
.scoreline { color: var(--accent); display: block; margin: 8px 0; }
`;
