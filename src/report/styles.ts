// The report's stylesheet: system fonts with CJK fallbacks, cards, tables and the call viewer panel.
export const REPORT_CSS = `
:root { --fg: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --ok: #2f855a; --bad: #c53030; --warn: #b7791f; --accent: #3a66db; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { margin: 0 0 4px; font-size: 20px; }
main { padding: 16px 24px 48px; max-width: 1400px; }
h2 { font-size: 18px; margin: 0 0 8px; }
h3 { font-size: 14px; margin: 0 0 6px; color: var(--muted); font-weight: 600; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.muted { color: var(--muted); }
.banner { background: #fffbea; border: 1px solid #f0d98c; padding: 8px 12px; border-radius: 6px; margin: 12px 0; }
.stats { display: flex; flex-wrap: wrap; gap: 16px; margin: 4px 0 12px; }
.stat b { font-size: 18px; display: block; }
section.group, section.card-block { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 16px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; margin-bottom: 12px; }
.chart { border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.chart .canvas-box { position: relative; height: 220px; }
.tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.tables > div { min-width: 0; overflow-x: auto; }
td.label { min-width: 14em; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: var(--ok); font-weight: 600; }
.fail { color: var(--bad); font-weight: 600; }
.sev-critical { color: var(--bad); } .sev-major { color: var(--warn); } .sev-minor, .sev-info { color: var(--muted); }
.calls-list { max-height: 260px; overflow: auto; }
nav#toc { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 6px; }
nav#toc a { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 2px 10px; }
#viewer { position: fixed; top: 0; right: 0; width: min(640px, 100%); height: 100%; background: #fff; border-left: 1px solid var(--line);
  box-shadow: -4px 0 16px rgba(0,0,0,.08); overflow: auto; padding: 16px; display: none; }
#viewer.open { display: block; }
#viewer .close { float: right; cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 2px 8px; }
.turn { padding: 6px 8px; margin: 4px 0; border-radius: 6px; }
.turn.caller { background: #eef3ff; }
.turn.callee { background: #f1f5f1; }
.turn.flagged { outline: 2px solid var(--bad); }
.turn .who { font-weight: 600; margin-right: 6px; }
.badge { display: inline-block; font-size: 11px; border-radius: 8px; padding: 0 6px; margin-left: 4px; background: #e4e7eb; color: var(--fg); }
.check { padding: 3px 0; border-bottom: 1px dashed var(--line); }
`;
