import { scoreUnderstanding } from "../tests/understanding-score.js";
for (const part of process.argv.slice(2)) {
  const s = await scoreUnderstanding(part);
  console.log(`${part}: ${s.utterances} utt, main act ${(100*s.actMain/s.utterances).toFixed(1)}%, answer ${(100*s.answers/s.questions).toFixed(1)}% of ${s.questions}`);
  if (process.env.MISSES) console.log(s.misses.join("\n"));
}
