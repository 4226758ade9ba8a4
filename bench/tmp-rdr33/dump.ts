import { readScenarioFile, readPersonaFile, withPersonas } from "/work/wt/rdr33/src/scenario/index.js";
for (const f of process.argv.slice(2)) {
  let s = await readScenarioFile(f);
  const c = s.caller;
  console.log(`== ${f.split("/").pop()} name=${c.name} org=${c.organization} open=${(c.opening??"∅").slice(0,40)}`);
  c.steps.forEach((st, i) => console.log(`  step${i+1} [${st.title?.slice(0,30)}] lines=${JSON.stringify(st.lines.map(l=>l.slice(0,40)))} br=${JSON.stringify((st.branches??[]).map((b:any)=>JSON.stringify(b).slice(0,60)))}`));
  c.knowledgeBase.forEach((k:any) => console.log(`  kb ${k.kind} Q=${k.question?.slice(0,30)} A=${k.answer?.slice(0,30)}`));
  console.log(`  profile=${JSON.stringify(c.customerProfile.map((x:any)=>String(typeof x==="string"?x:JSON.stringify(x)).slice(0,30)))}`);
  console.log(`  closings=${JSON.stringify(c.closingLines.map((x:any)=>String(typeof x==="string"?x:JSON.stringify(x)).slice(0,30)))} ends=${JSON.stringify(c.endConditions)}`);
  console.log(`  extra=${JSON.stringify(c.extraSections.map((x:any)=>x.title))} callee=${s.callee.name} cextra=${JSON.stringify(s.callee.extraSections.map((x:any)=>x.title))}`);
  if (process.env.DIAG) for (const d of s.diagnostics) console.log(`  diag ${d.message.slice(0,150)}`);
}
