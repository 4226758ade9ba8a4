/* global URL, console */
// Builds the PII corpus (tests/pii/corpus.dev.json, corpus.heldout.json) once, before the masker is written.
// Each case: a sentence, the PII substrings that must disappear, the figures that must stay, and optional names
// known from the scenario. Every 4th case goes to the held-back file. Deterministic (seeded), run by hand only.
import { writeFileSync } from "node:fs";

let seed = 20261130;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join("");
const fw = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function idCard(x) {
  const area = pick(["110101", "310104", "440305", "510107", "330106", "420111"]);
  const birth = pick(["19850612", "19900307", "19721129", "20010815", "19680203"]);
  const seq = digits(3);
  const body = area + birth + seq;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, d, i) => a + Number(d) * w[i], 0);
  const check = "10X98765432"[sum % 11];
  if (x && check !== "X") return idCard(x);
  return body + check;
}
function luhn(prefix, len) {
  let body = prefix + digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    let sum = 0;
    [...s].reverse().forEach((d, i) => { let v = Number(d); if (i % 2 === 1) { v *= 2; if (v > 9) v -= 9; } sum += v; });
    if (sum % 10 === 0) return s;
  }
  throw new Error("unreachable");
}
const mobile = () => pick(["138", "139", "150", "186", "177", "199", "135"]) + digits(8);
const group = (s, sizes, sep) => { const out = []; let i = 0; for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; } return out.join(sep); };

const cases = [];
const add = (text, pii, keep = [], names = []) => cases.push({ text, pii, keep, names });

// Chinese ID cards: plain, X suffix, spaced, full-width, lower-case x.
for (let i = 0; i < 8; i++) { const id = idCard(false); const head = pick(["我的身份证号是", "身份证：", "证件号码", "核对一下，身份证"]); const tail = pick(["，您核对下", "。", "，没错吧", ""]); const keep = pick([["2025年3月1日"], ["12期"], []]); add(head + id + tail + (keep.length > 0 ? `，分期从${keep[0]}起` : ""), [id], keep); }
for (let i = 0; i < 5; i++) { const id = idCard(true); add(`身份证号${id}，末位是X`, [id]); }
for (let i = 0; i < 3; i++) { const id = idCard(true).replace("X", "x"); add(`证件号 ${id} 小写的x`, [id]); }
for (let i = 0; i < 5; i++) { const id = idCard(false); const sp = group(id, [6, 8, 4], " "); add(`号码是 ${sp} 对吧`, [sp]); }
for (let i = 0; i < 4; i++) { const id = idCard(false); add(`身份证${fw(id)}`, [fw(id)]); }
// Bank cards: 16 and 19 digits, spaced by 4, dashes, inside sentences, with money nearby that must stay.
for (let i = 0; i < 8; i++) { const c = luhn(pick(["622202", "621700", "622848", "436742"]), pick([16, 19])); add(`尾款从卡号${c}扣，金额3,280元`, [c], ["3,280元"]); }
for (let i = 0; i < 6; i++) { const c = luhn(pick(["4111", "5500", "6011"]), 16); const sp = group(c, [4, 4, 4, 4], " "); add(`The card on file is ${sp}, and the balance is $1,245.60.`, [sp], ["$1,245.60"]); }
for (let i = 0; i < 4; i++) { const c = luhn("622588", 16); const sp = group(c, [4, 4, 4, 4], "-"); add(`银行卡 ${sp} 每月15号扣款`, [sp], ["15号"]); }
for (let i = 0; i < 3; i++) { const c = luhn("6217", 19); const sp = group(c, [4, 4, 4, 4, 3], " "); add(`卡号：${sp}`, [sp]); }
// Mobiles in every writing.
for (let i = 0; i < 6; i++) { const m = mobile(); add(pick(["你打我手机", "我电话是", "回拨这个号", "留个号码吧"]) + m, [m]); }
for (let i = 0; i < 4; i++) { const m = mobile(); const s = group(m, [3, 4, 4], " "); add(`号码 ${s} 白天都在`, [s]); }
for (let i = 0; i < 4; i++) { const m = mobile(); const s = group(m, [3, 4, 4], "-"); add(`打${s}找我`, [s]); }
for (let i = 0; i < 3; i++) { const m = mobile(); const s = group(m, [3, 4, 4], "."); add(`手机 ${s}`, [s]); }
for (let i = 0; i < 4; i++) { const m = mobile(); add(`+86 ${m} 是我的`, [`+86 ${m}`]); }
for (let i = 0; i < 2; i++) { const m = mobile(); add(`0086-${m}`, [`0086-${m}`]); }
for (let i = 0; i < 3; i++) { const m = mobile(); add(`+86-${group(m, [3, 4, 4], "-")}`, [`+86-${group(m, [3, 4, 4], "-")}`]); }
for (let i = 0; i < 5; i++) { const m = mobile(); add(`电话${fw(m)}，下午三点后打`, [fw(m)], ["三点"]); }
for (let i = 0; i < 2; i++) { const m = mobile(); const s = group(fw(m), [3, 4, 4], " "); add(`手机：${s}`, [s]); }
// Landlines.
for (let i = 0; i < 4; i++) { const l = pick(["010", "021", "020"]) + "-" + digits(8); add(`座机${l}`, [l]); }
for (let i = 0; i < 3; i++) { const l = pick(["0755", "0571", "0512"]) + "-" + digits(7); add(`公司电话 ${l} 转前台`, [l]); }
for (let i = 0; i < 3; i++) { const l = `(${pick(["010", "0755"])})${digits(8)}`; add(`办公室${l}`, [l]); }
for (let i = 0; i < 2; i++) { const l = `${pick(["0755", "0571"])} ${digits(4)} ${digits(4)}`; add(`打 ${l} 也行`, [l]); }
for (let i = 0; i < 2; i++) { const l = `（${pick(["021", "010"])}）${digits(8)}`; add(`座机号码${l}`, [l]); }
// English phones.
for (let i = 0; i < 4; i++) { const p = `(${digits(3).replace(/^[01]/, "4")}) 555-${digits(4)}`; add(`You can reach me at ${p} after 6 pm.`, [p], ["6 pm"]); }
for (let i = 0; i < 3; i++) { const p = `415.555.${digits(4)}`; add(`My cell is ${p}`, [p]); }
for (let i = 0; i < 3; i++) { const p = `+1 415 555 ${digits(4)}`; add(`call ${p} tomorrow`, [p]); }
for (let i = 0; i < 2; i++) { const p = `+44 20 7946 ${digits(4)}`; add(`London office: ${p}`, [p]); }
for (let i = 0; i < 2; i++) { const p = `312-555-${digits(4)}`; add(`it's ${p}, the one ending in the 4 digits`, [p]); }
// E-mails: plain, full-width @, IDN, plus signs, uppercase.
const users = ["zhang.wei", "li_na88", "k.smith", "maria+bills", "JOHN.DOE", "wangfang2019"];
const doms = ["example.com", "mail.example.cn", "example.co.uk", "corp.example.org"];
for (let i = 0; i < 6; i++) { const e = `${pick(users)}@${pick(doms)}`; add(pick(["发到我邮箱", "email me at ", "邮箱是", "send it to "]) + e, [e]); }
for (let i = 0; i < 4; i++) { const e = `${pick(users)}＠${pick(doms)}`; add(`邮箱：${e}`, [e]); }
add("邮箱是 用户@例子.中国", ["用户@例子.中国"]);
add("write to josé@bücher.de please", ["josé@bücher.de"]);
add("我的邮箱 王芳@公司.中国 记一下", ["王芳@公司.中国"]);
add("contact: anna.müller@exämple.de", ["anna.müller@exämple.de"]);
add("E-mail ZHANG.WEI@EXAMPLE.COM thanks", ["ZHANG.WEI@EXAMPLE.COM"]);
// Street addresses.
const zhAddr = ["北京市朝阳区建国路88号3号楼2单元501室", "上海市浦东新区张杨路500号", "深圳市南山区科技南十二路18号", "杭州市西湖区文三路259号昌地火炬大厦1号楼", "广州市天河区体育西路103号维多利广场B座1203", "成都市武侯区人民南路四段11号", "南京市鼓楼区中山路321号", "武汉市洪山区珞喻路1037号华中小区7栋302"];
for (const a of zhAddr) add(`寄到${a}，谢谢`, [a]);
add("我住幸福小区5栋2单元1101室，门口有保安", ["幸福小区5栋2单元1101室"]);
add("地址是和平路12号院3号楼", ["和平路12号院3号楼"]);
const enAddr = ["221B Baker Street", "1600 Pennsylvania Avenue NW", "42 Elm St., Apt 5B", "350 Fifth Avenue, Suite 3100", "17 Oak Lane", "8 Riverside Drive", "1234 Maple Ave", "55 King Road, Unit 12"];
for (const a of enAddr) add(`Please mail it to ${a}.`, [a]);
// Licence plates.
for (const p of ["京A12345", "粤B8D9F2", "沪C·56789", "浙A 3K7M1", "粤BD12345", "川A·F2345", "苏E88888"]) add(`车牌${p}的那辆车保养到期了`, [p]);
// Names known from the scenario (customer and caller), in every common form.
add("张建国先生您好，我是小李", ["张建国", "小李"], [], ["张建国", "李婷"]);
add("请问是张先生吗？", ["张"], [], ["张建国"]);
add("建国啊，你妈让你回电话", ["建国"], [], ["张建国"]);
add("Hi, is this Margaret Chen?", ["Margaret Chen"], [], ["Margaret Chen"]);
add("Thanks Mrs. Chen, have a good day.", ["Chen"], [], ["Margaret Chen"]);
add("This is Daniel from the clinic, may I speak with Margaret?", ["Daniel", "Margaret"], [], ["Margaret Chen", "Daniel Ortiz"]);
add("王秀英女士，您的保单号已核对", ["王秀英"], [], ["王秀英"]);
add("王女士，您好", ["王"], [], ["王秀英"]);
add("Mr. Okafor, your appointment is on 12 March at 3:30 pm.", ["Okafor"], ["12 March", "3:30 pm"], ["Chidi Okafor"]);
add("赵敏同学的家长您好", ["赵敏"], [], ["赵敏"]);
// Names told in the call.
add("我姓刘，刘德明", ["刘", "刘德明"]);
add("我叫陈晓燕，耳东陈", ["陈晓燕"]);
add("我是他爱人，我叫周丽", ["周丽"]);
add("免贵姓黄", ["黄"]);
add("my name is Sarah Connor", ["Sarah Connor"]);
add("This is Robert speaking.", ["Robert"]);
add("I'm his wife, Linda Park.", ["Linda Park"]);
add("you can ask for Priya Raman at the front desk", ["Priya Raman"]);
add("我叫欧阳娜娜", ["欧阳娜娜"]);
add("My name's Tom Becker, B-E-C-K-E-R.", ["Tom Becker"]);
// Mixed lines with several kinds at once, with figures that must stay.
for (let i = 0; i < 6; i++) { const m = mobile(); const e = `${pick(users)}@${pick(doms)}`; add(`手机${m}，邮箱${e}，2025年9月30日前回复，费用1,280元`, [m, e], ["2025年9月30日", "1,280元"]); }
for (let i = 0; i < 4; i++) { const id = idCard(false); const m = mobile(); add(`身份证${id}，电话${group(m, [3, 4, 4], " ")}，第3期还款2,150.00元`, [id, group(m, [3, 4, 4], " ")], ["第3期", "2,150.00元"]); }
for (let i = 0; i < 3; i++) { const c = luhn("4111", 16); add(`Card ${c}, due 2025-10-15, amount $89.99, 30% off`, [c], ["2025-10-15", "$89.99", "30%"]); }

for (let i = 0; i < 5; i++) { const p = `(${pick(["212", "646", "718"])}) 555-${digits(4)}`; const e = `${pick(users)}@${pick(doms)}`; add(`Sure, it's ${p} or ${e}, and the bill was $312.40 on May 3.`, [p, e], ["$312.40", "May 3"]); }
for (let i = 0; i < 5; i++) { const m = mobile(); add(`那你打我老婆电话吧${group(m, [3, 4, 4], "-")}，晚上七点以后`, [group(m, [3, 4, 4], "-")], ["七点"]); }
// Figures that must never be masked (no PII at all).
const keepOnly = [
  "2025-09-30 前退款 $114,000，10分钟内，30%，订单号 20250930，3.5个工作日，1-2 天，第 12 期",
  "您这期账单是3,280.50元，最低还款328元，还款日2025年10月8日",
  "保费一年4,860元，12个月分期，每月405元",
  "The renewal is $1,249 a year, due on October 15, 2025, at 9:30 am.",
  "工单号 WX20250312001，处理时长 48 小时",
  "营业时间 8:00-20:00，周一到周五",
  "We cover 80% of the cost up to $2,500 per year.",
  "限速120公里，保养间隔5000公里或6个月",
  "版本 3.14.159，端口 8080",
  "利率年化 3.65%，共 36 期",
  "Your order 1234567 shipped on 3/14/2025.",
  "积分 12,800 分，可抵 128 元",
];
for (const text of keepOnly) add(text, [], [text]);

const dev = cases.filter((_, i) => i % 4 !== 3);
const heldout = cases.filter((_, i) => i % 4 === 3);
const dir = new URL(".", import.meta.url);
writeFileSync(new URL("corpus.dev.json", dir), JSON.stringify(dev, null, 1) + "\n");
writeFileSync(new URL("corpus.heldout.json", dir), JSON.stringify(heldout, null, 1) + "\n");
console.log(`cases ${cases.length}, pii strings ${cases.reduce((a, c) => a + c.pii.length, 0)}, dev ${dev.length}, heldout ${heldout.length}`);
