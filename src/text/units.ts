// Units that may follow a number, and the classes that make two units comparable ("分钟" ~ "minutes").

/** Chinese / symbol units written right after a number, longest first. */
export const CJK_UNITS = [
  "个工作日", "个百分点", "个小时", "工作日", "个月", "分钟", "小时", "公里", "千米", "毫秒", "秒钟", "块钱", "万元", "亿元",
  "周岁", "元", "块", "万", "亿", "天", "日", "周", "年", "月", "号", "次", "期", "个", "位", "项", "户", "芯", "倍", "折",
  "成", "分", "秒", "岁", "人", "家", "条", "张", "台", "辆", "款", "页", "份", "单", "笔", "座", "间", "级", "度", "米",
  "克", "斤", "升", "楼", "层", "室", "站", "节", "课", "集", "件", "盒", "瓶", "包", "箱", "%", "‰",
].sort((a, b) => b.length - a.length);

/** Units that may follow a Chinese numeral ("三天", "十分钟"); narrower, to keep idioms like "十分" out. */
export const CJK_NUMERAL_UNITS = [
  "个工作日", "个百分点", "个小时", "工作日", "个月", "分钟", "小时", "公里", "块钱", "天", "周", "年", "元", "块", "次", "期", "倍", "折",
].sort((a, b) => b.length - a.length);

/** English unit words after a space ("45 minutes", "40 seats" keeps "seats" as text but no unit class). */
const EN_UNIT_CLASS: Record<string, string> = {
  minute: "minute", minutes: "minute", min: "minute", mins: "minute",
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour", h: "hour",
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
  second: "second", seconds: "second", sec: "second", secs: "second", s: "second", ms: "millisecond",
  percent: "percent", pct: "percent", "%": "percent",
  dollar: "money", dollars: "money", usd: "money", eur: "money", euro: "money", euros: "money", pounds: "money", gbp: "money",
  yuan: "money", rmb: "money", cny: "money",
  km: "km", kilometers: "km", kilometres: "km", miles: "mile", mile: "mile",
  cm: "cm", centimetre: "cm", centimetres: "cm", centimeter: "cm", centimeters: "cm",
  mm: "mm", millimetre: "mm", millimetres: "mm", millimeter: "mm", millimeters: "mm",
  metre: "metre", metres: "metre", meter: "metre", meters: "metre",
  kg: "kg", kilo: "kg", kilos: "kg", kilogram: "kg", kilograms: "kg",
  litre: "litre", litres: "litre", liter: "litre", liters: "litre",
  times: "times", x: "times",
};

const CJK_UNIT_CLASS: Record<string, string> = {
  "分钟": "minute", "分": "minute", "小时": "hour", "个小时": "hour", "天": "day", "日": "day", "工作日": "day", "个工作日": "day",
  "周": "week", "个月": "month", "月": "month", "年": "year", "秒": "second", "秒钟": "second", "毫秒": "millisecond",
  "元": "money", "块": "money", "块钱": "money", "万元": "money", "亿元": "money", "$": "money", "¥": "money", "￥": "money",
  "€": "money", "£": "money", "%": "percent", "个百分点": "percent", "公里": "km", "千米": "km", "倍": "times",
};

/** Comparable class of a unit; unknown units are their own class, "" means no unit (compatible with any). */
export function unitClass(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (u === "") return "";
  return CJK_UNIT_CLASS[u] ?? EN_UNIT_CLASS[u] ?? u;
}

export function isEnglishUnitWord(word: string): boolean {
  return word.toLowerCase() in EN_UNIT_CLASS;
}
