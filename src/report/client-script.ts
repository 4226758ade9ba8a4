// The report's browser script: reads the embedded JSON, draws the charts with Chart.js, runs the call viewer.
// Plain ES2017 in a string (the report is one file); it builds DOM with textContent only, never innerHTML.
export const CLIENT_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var summary = data.summary;
  var callsByKey = new Map();
  data.calls.forEach(function (call) { callsByKey.set(call.k, call); });
  var COLORS = ["#3a66db", "#2f855a", "#c05621", "#805ad5", "#d53f8c", "#319795", "#b7791f", "#718096"];
  var charts = [];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name === "className") node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function pct(part, whole) { return whole === 0 ? "–" : (100 * part / whole).toFixed(1) + "%"; }
  function scenarioOf(id) { return data.scenarios[id] || null; }
  function groupId(group) { return "g-" + [group.scenario, group.caller, group.callee].join("-").replace(/[^A-Za-z0-9_-]/g, "_"); }
  function callLink(key, label) {
    return el("a", { href: "#call=" + encodeURIComponent(key), text: label, title: key });
  }
  function seedOf(key) { var call = callsByKey.get(key); if (call) return "#" + call.seed; var parts = key.split("#"); return "#" + (parts[1] || key); }
  function endLabel(scenario, by, condition) {
    if (by === "limit") return "turn limit";
    if (by === "error") return "error";
    var list = scenario ? (by === "caller" ? scenario.callerEnds : scenario.calleeEnds) : [];
    var text = condition > 0 ? list[condition - 1] : null;
    return by + (condition > 0 ? " " + condition : "") + (text ? ": " + text : condition > 0 ? "" : " (no condition)");
  }
  function table(headers, rows, numeric) {
    var head = el("tr", null, headers.map(function (h, i) { return el("th", { text: h, className: numeric && numeric[i] ? "num" : "" }); }));
    var body = rows.map(function (cells) {
      return el("tr", null, cells.map(function (cell, i) {
        var td = el("td", { className: numeric && numeric[i] ? "num" : i === 0 ? "label" : "" });
        if (cell instanceof Node) td.appendChild(cell); else td.textContent = String(cell);
        return td;
      }));
    });
    return el("table", null, [el("thead", null, [head]), el("tbody", null, body)]);
  }
  function chartCard(title, make) {
    var canvas = el("canvas");
    var card = el("div", { className: "chart" }, [el("h3", { text: title }), el("div", { className: "canvas-box" }, [canvas])]);
    pendingCharts.push({ canvas: canvas, make: make });
    return card;
  }
  var pendingCharts = [];
  function baseOptions(extra) {
    var options = { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } };
    Object.keys(extra || {}).forEach(function (k) { options[k] = extra[k]; });
    return options;
  }
  function drawChart(canvas, config) { charts.push(new Chart(canvas, config)); }
  // Long step titles and end conditions: the axis shows the start, the tooltip the whole label.
  function shortTicks(max) {
    return { callback: function (value) { var label = String(this.getLabelForValue(value)); return label.length > max ? label.slice(0, max - 1) + "…" : label; } };
  }

  // Calls whose simulated customer misbehaved are counted apart from the caller's own failures.
  function callerFailures(part) { return part.calls - part.passed - (part.failedWithSimulatorFault || 0); }
  function misbehaved(part) { return (part.simulatorFaults || 0) + " (" + (part.failedWithSimulatorFault || 0) + " of them failed)"; }
  function judgeTables(judge) {
    var verdicts = table(["judge", "calls judged", "verdicts agree", "rules pass, judge fails", "rules fail, judge passes", "customer misbehaved: both / rules only / judge only"],
      [[judge.models.join(", "), judge.judged, judge.agree + " (" + pct(judge.agree, judge.judged) + ")", judge.rulesPassJudgeFail, judge.rulesFailJudgePass,
        judge.simulator.both + " / " + judge.simulator.rulesOnly + " / " + judge.simulator.judgeOnly]], [false, true, true, true, true, false]);
    var kinds = judge.kinds.length ? table(["fault kind", "calls both flag", "rules only", "judge only", "agreement"],
      judge.kinds.map(function (k) { return [k.kind, k.both, k.rulesOnly, k.judgeOnly, pct(k.both, k.both + k.rulesOnly + k.judgeOnly)]; }), [false, true, true, true, true])
      : el("p", { className: "pass", text: "Neither side reported a caller fault." });
    return el("div", null, [el("h3", { text: "Rules against the model judge" }), verdicts, kinds]);
  }

  // Totals and notice.
  var totals = document.getElementById("totals");
  [["calls", summary.calls], ["passed", summary.passed + " (" + pct(summary.passed, summary.calls) + ")"], ["mean score", summary.meanScore],
   ["pass score", ">= " + summary.passScore + ", no critical check failed"], ["scenario × seats", summary.groups.length],
   ["caller failures", callerFailures(summary)], ["customer misbehaved (rerun, not the caller's fault)", misbehaved(summary)]].concat(
   summary.judge ? [["rules and judge agree", pct(summary.judge.agree, summary.judge.judged)]] : []).forEach(function (pair) {
    totals.appendChild(el("div", { className: "stat" }, [el("b", { text: String(pair[1]) }), el("span", { className: "muted", text: pair[0] })]));
  });
  if (data.embedded.capped) {
    document.getElementById("notice").appendChild(el("div", { className: "banner", text:
      "This report embeds " + data.embedded.calls + " of " + data.embedded.total + " transcripts: every call linked from the tables, " +
      "then failing calls and a sample of passing ones (lowest seeds first). All calls are in calls.jsonl." }));
  }

  // Overview: seats table and pass^k per seat choice.
  document.getElementById("seats-table").appendChild(table(
    ["caller", "callee", "scenarios", "calls", "passed", "mean score", "pass^1", "pass^k (max k)"],
    summary.seats.map(function (s) {
      var last = s.passHatK.length;
      return [s.caller, s.callee, s.scenarios, s.calls, pct(s.passed, s.calls), s.meanScore,
        s.passHatK[0] === null || s.passHatK[0] === undefined ? "–" : s.passHatK[0].toFixed(3),
        last === 0 || s.passHatK[last - 1] === null ? "–" : s.passHatK[last - 1].toFixed(3) + " (k=" + last + ")"];
    }), [false, false, true, true, true, true, true, true]));
  if (summary.judge) document.getElementById("seats-table").appendChild(judgeTables(summary.judge));
  var maxK = summary.seats.reduce(function (m, s) { return Math.max(m, s.passHatK.length); }, 0);
  pendingCharts.push({ canvas: document.getElementById("overall-passk"), make: function () {
    return { type: "line", data: { labels: Array.from({ length: maxK }, function (_, i) { return "k=" + (i + 1); }),
      datasets: summary.seats.map(function (s, i) { return { label: s.caller + " vs " + s.callee, data: s.passHatK, borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], pointRadius: 2 }; }) },
      options: baseOptions({ plugins: { legend: { display: true } }, scales: { y: { min: 0, max: 1 } } }) };
  } });

  // One section per scenario × seats.
  var toc = document.getElementById("toc");
  var groupsRoot = document.getElementById("groups");
  summary.groups.forEach(function (group) {
    var scenario = scenarioOf(group.scenario);
    var id = groupId(group);
    var name = (scenario && scenario.title ? scenario.title + " · " : "") + group.scenario;
    toc.appendChild(el("a", { href: "#" + id, text: name + " (" + group.caller + " vs " + group.callee + ")" }));
    var section = el("section", { className: "group", id: id });
    section.appendChild(el("h2", { text: name }));
    section.appendChild(el("div", { className: "muted", text: "caller " + group.caller + (scenario ? " (" + scenario.callerName + ")" : "") + " · callee " + group.callee + (scenario ? " (" + scenario.calleeName + ")" : "") }));
    var stats = el("div", { className: "stats" });
    [["calls", group.calls], ["passed", pct(group.passed, group.calls)], ["mean score", group.meanScore], ["min–max", group.minScore + "–" + group.maxScore],
     ["mean turns", group.meanTurns], ["mean duration", (group.meanDurationMs / 1000).toFixed(1) + " s"],
     ["caller failures", callerFailures(group)], ["customer misbehaved", misbehaved(group)]].concat(
     group.judge ? [["rules and judge agree", pct(group.judge.agree, group.judge.judged)]] : []).forEach(function (pair) {
      stats.appendChild(el("div", { className: "stat" }, [el("b", { text: String(pair[1]) }), el("span", { className: "muted", text: pair[0] })]));
    });
    section.appendChild(stats);

    var stepLabels = group.funnel.map(function (_, i) { var title = scenario && scenario.steps[i]; return (i + 1) + (title ? ". " + title : ""); });
    var chartsBox = el("div", { className: "charts" }, [
      chartCard("Script funnel: calls reaching each step", function () {
        return { type: "bar", data: { labels: stepLabels, datasets: [{ data: group.funnel, backgroundColor: COLORS[0] }] },
          options: baseOptions({ indexAxis: "y", scales: { x: { min: 0, max: group.calls }, y: { ticks: shortTicks(11) } } }) };
      }),
      chartCard("How calls ended", function () {
        return { type: "bar", data: { labels: group.ends.map(function (e) { return endLabel(scenario, e.by, e.condition || 0); }),
          datasets: [{ data: group.ends.map(function (e) { return e.count; }), backgroundColor: group.ends.map(function (e) { return e.by === "limit" || e.by === "error" ? "#c53030" : COLORS[1]; }) }] },
          options: baseOptions({ indexAxis: "y", scales: { y: { ticks: shortTicks(11) } } }) };
      }),
      chartCard("Score distribution", function () {
        return { type: "bar", data: { labels: group.scoreHistogram.map(function (_, i) { return i === 9 ? "90–100" : (i * 10) + "–" + (i * 10 + 9); }),
          datasets: [{ data: group.scoreHistogram, backgroundColor: group.scoreHistogram.map(function (_, i) { return i * 10 >= summary.passScore ? COLORS[1] : COLORS[2]; }) }] },
          options: baseOptions() };
      }),
      chartCard("pass^k over seeds", function () {
        return { type: "line", data: { labels: group.passHatK.map(function (_, i) { return String(i + 1); }), datasets: [{ data: group.passHatK, borderColor: COLORS[3], backgroundColor: COLORS[3], pointRadius: 2 }] },
          options: baseOptions({ scales: { y: { min: 0, max: 1 } } }) };
      })
    ]);
    section.appendChild(chartsBox);

    var kbRows = group.kb.slice(0, 15).map(function (k) {
      var question = scenario && scenario.kb[k.entry];
      return [(k.entry + 1) + (question ? ". " + question : ""), k.asked, k.correct, k.partial, k.contradicted, k.unanswered, pct(k.correct, k.asked)];
    });
    var checkRows = group.failedChecks.map(function (c) {
      var links = el("span", null, []);
      c.calls.slice(0, 10).forEach(function (key) { links.appendChild(callLink(key, seedOf(key))); links.appendChild(document.createTextNode(" ")); });
      return [el("span", { className: "sev-" + c.severity, text: c.id }), c.severity, c.count, links];
    });
    var figureRows = group.inventedFigures.slice(0, 30).map(function (f) {
      var links = el("span", null, []);
      f.calls.slice(0, 10).forEach(function (key) { links.appendChild(callLink(key, seedOf(key))); links.appendChild(document.createTextNode(" ")); });
      return [f.text, f.count, links];
    });
    var own = data.calls.filter(function (call) { return call.sc === group.scenario && call.ca === group.caller && call.ce === group.callee; });
    var callRows = own.slice(0, 500).map(function (call) {
      return [callLink(call.k, "seed " + call.seed), call.score, el("span", { className: call.pass ? "pass" : "fail", text: call.pass ? "pass" : "fail" }), endLabel(scenario, call.end[0], call.end[1]), call.t.length];
    });
    section.appendChild(el("div", { className: "tables" }, [
      el("div", null, [el("h3", { text: "Knowledge-base entries asked most" }), kbRows.length ? table(["entry", "asked", "correct", "partial", "contradicted", "unanswered", "correct %"], kbRows, [false, true, true, true, true, true, true]) : el("p", { className: "muted", text: "No question matched a knowledge-base entry." })]),
      el("div", null, [el("h3", { text: "Failed checks" }), checkRows.length ? table(["check", "severity", "calls", "examples"], checkRows, [false, false, true, false]) : el("p", { className: "pass", text: "No check failed." })]),
      group.judge ? judgeTables(group.judge) : null,
      el("div", null, [el("h3", { text: "Invented figures" }), figureRows.length ? table(["figure", "calls", "examples"], figureRows, [false, true, false]) : el("p", { className: "pass", text: "No invented figure." })]),
      el("div", null, [el("h3", { text: "Calls (" + own.length + " of " + group.calls + " embedded)" }), el("div", { className: "calls-list" }, [table(["call", "score", "result", "ended", "turns"], callRows, [false, true, false, false, true])])])
    ]));
    groupsRoot.appendChild(section);
  });

  // Charts: drawn now for a modest report, as they scroll into view for a big one.
  var EAGER = 40 * 4 + 1;
  function draw(item) { if (item.drawn) return; item.drawn = true; drawChart(item.canvas, item.make()); }
  if (pendingCharts.length <= EAGER || typeof IntersectionObserver === "undefined") pendingCharts.forEach(draw);
  else {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var item = pendingCharts.find(function (p) { return p.canvas === entry.target; });
        if (item) { draw(item); observer.unobserve(entry.target); }
      });
    }, { rootMargin: "400px" });
    pendingCharts.forEach(function (item) { observer.observe(item.canvas); });
  }

  // The call viewer: any embedded call by #call=KEY.
  var viewer = document.getElementById("viewer");
  function showCall(key) {
    viewer.textContent = "";
    viewer.classList.add("open");
    var close = el("button", { className: "close", text: "close", type: "button" });
    close.addEventListener("click", function () { viewer.classList.remove("open"); history.replaceState(null, "", location.pathname + location.search); });
    viewer.appendChild(close);
    var call = callsByKey.get(key);
    if (!call) {
      viewer.appendChild(el("h2", { text: key }));
      viewer.appendChild(el("p", { className: "muted", text: "This call is not embedded in the report (transcripts are capped for large batches); it is in calls.jsonl under this job key." }));
      return;
    }
    var scenario = scenarioOf(call.sc);
    viewer.appendChild(el("h2", { text: call.sc + " · seed " + call.seed }));
    viewer.appendChild(el("div", { className: "muted", text: call.ca + " vs " + call.ce + " · key " + call.k }));
    viewer.appendChild(el("div", { className: "stats" }, [
      el("div", { className: "stat" }, [el("b", { text: String(call.score), className: call.pass ? "pass" : "fail" }), el("span", { className: "muted", text: call.pass ? "score · pass" : "score · fail" })]),
      el("div", { className: "stat" }, [el("b", { text: endLabel(scenario, call.end[0], call.end[1]) }), el("span", { className: "muted", text: "ended: " + call.end[2] })]),
      el("div", { className: "stat" }, [el("b", { text: call.o.st.length + (scenario ? "/" + scenario.steps.length : "") }), el("span", { className: "muted", text: "steps delivered" })]),
      el("div", { className: "stat" }, [el("b", { text: call.o.id === null ? "?" : call.o.id ? "yes" : "no" }), el("span", { className: "muted", text: "identity confirmed" })])
    ]));
    var flagged = new Set();
    call.ch.forEach(function (c) { if (!c[1]) c[4].forEach(function (t) { flagged.add(t); }); });
    viewer.appendChild(el("h3", { text: "Checks" }));
    call.ch.forEach(function (c) {
      var turns = c[4].length ? " (turn " + c[4].map(function (t) { return t + 1; }).join(", ") + ")" : "";
      viewer.appendChild(el("div", { className: "check" }, [
        el("span", { className: c[1] ? "pass" : "fail", text: c[1] ? "✓ " : "✗ " }), el("b", { text: c[0] }),
        el("span", { className: "badge sev-" + c[2], text: c[2] }), " " + c[3] + turns]));
    });
    if (call.o.q.length) {
      viewer.appendChild(el("h3", { text: "Questions" }));
      call.o.q.forEach(function (q) {
        var entry = q[2] >= 0 ? "KB " + (q[2] + 1) + (scenario && scenario.kb[q[2]] ? " (" + scenario.kb[q[2]] + ")" : "") : "no KB entry";
        viewer.appendChild(el("div", { className: "check" }, ["turn " + q[0] + ": " + q[1] + " → " + entry + ", " + (q[3] ? "answered" : "not answered")]));
      });
    }
    if (call.o.fu) viewer.appendChild(el("p", { text: "Follow-up: " + call.o.fu }));
    viewer.appendChild(el("h3", { text: "Transcript" }));
    call.t.forEach(function (turn, index) {
      var who = turn[0] === 0 ? (scenario ? scenario.callerName : "caller") : (scenario ? scenario.calleeName : "callee");
      var badges = [];
      if (turn[2] > 0) badges.push(el("span", { className: "badge", text: "step " + turn[2] + (scenario && scenario.steps[turn[2] - 1] ? " " + scenario.steps[turn[2] - 1] : "") }));
      turn[3].forEach(function (k) { badges.push(el("span", { className: "badge", text: "KB " + (k + 1) })); });
      if (turn[5]) badges.push(el("span", { className: "badge", text: "interrupted" }));
      var time = (turn[4] / 1000).toFixed(1) + "s";
      viewer.appendChild(el("div", { className: "turn " + (turn[0] === 0 ? "caller" : "callee") + (flagged.has(index) ? " flagged" : "") }, [
        el("span", { className: "muted", text: "turn " + index + " · " + time + " " }), el("span", { className: "who", text: who }), turn[1]].concat(badges)));
    });
  }
  function route() {
    var match = /^#call=(.+)$/.exec(location.hash);
    if (match) showCall(decodeURIComponent(match[1]));
  }
  window.addEventListener("hashchange", route);
  route();
  window.__callsimReport = { charts: charts, calls: data.calls.length };
})();
`;
