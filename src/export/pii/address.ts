// Street addresses: a road with its house number (Chinese 路/街 + 号, English number + street type), widened to
// the administrative units before it and the building, unit and room after it.
import { ADDRESS_WORDS } from "./words.js";
import type { PiiSpan } from "./span.js";

const HAN = "\\u4e00-\\u9fa5";
const NUM = `0-9０-９一二三四五六七八九十百`;
const ROAD_UNITS = ADDRESS_WORDS.roads.join("|");
const PLACE_UNITS = ADDRESS_WORDS.estates.join("|");
const ROOM_UNITS = ADDRESS_WORDS.rooms.join("|");
const ADMIN_UNITS = ADDRESS_WORDS.admin.join("");
const NOT_IN_NAMES: ReadonlySet<string> = new Set<string>(ADDRESS_WORDS.notInPlaceNames);

/** Core: <road>(<n>段)?<n>号, or <estate><n><room unit>. Each part is bounded, so matching stays linear. */
const ZH_CORE = new RegExp(`[${HAN}]{1,12}?(?:${ROAD_UNITS})(?:[${NUM}]{1,3}段)?[${NUM}]{1,5}号(?:院)?|[${HAN}]{1,8}?(?:${PLACE_UNITS})(?=[0-9０-９A-Za-z]{1,5}(?:${ROOM_UNITS}))`, "g");
/** What follows a road number: buildings, blocks, units, floors, rooms, and a bare room number at the end. */
const ZH_TAIL = new RegExp(`^(?:[${HAN}]{0,8}?(?:${PLACE_UNITS}))?(?:[0-9０-９A-Za-z]{1,5}(?:${ROOM_UNITS}))*(?:[0-9]{2,5}(?![0-9]))?`);
const EN_ADDRESS = new RegExp(
  `\\b\\d{1,5}[A-Z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:${ADDRESS_WORDS.streetTypes.join("|")})\\b\\.?(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?(?:,?\\s+(?:${ADDRESS_WORDS.subUnits.join("|")})\\.?\\s*#?[0-9A-Za-z]{1,6})?`,
  "g",
);

/** Walks left over "<name><admin unit>" pieces (北京市, 朝阳区) and stops at words that do not name places. */
function widenLeft(text: string, start: number): number {
  let at = start;
  for (;;) {
    const unit = text[at - 1];
    if (unit === undefined || !ADMIN_UNITS.includes(unit)) return at;
    let name = at - 1;
    while (name > 0 && name > at - 6 && /[\u4e00-\u9fa5]/.test(text[name - 1] ?? "") && !NOT_IN_NAMES.has(text[name - 1] ?? "")) name--;
    if (name === at - 1) return at;
    at = name;
  }
}

/** The road's own name also stops at words that cannot be part of it (寄到, 住在, 地址是). */
function trimRoadName(text: string, start: number, coreEnd: number): number {
  let at = start;
  for (let index = start; index < coreEnd; index++) if (NOT_IN_NAMES.has(text[index] ?? "")) at = index + 1;
  return at;
}

export function findAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(ZH_CORE)) {
    const coreStart = trimRoadName(text, match.index, match.index + match[0].length);
    const start = widenLeft(text, coreStart);
    const coreEnd = match.index + match[0].length;
    const end = coreEnd + (ZH_TAIL.exec(text.slice(coreEnd, coreEnd + 40))?.[0].length ?? 0);
    spans.push({ start, end, kind: "ADDRESS", key: text.slice(start, end) });
  }
  for (const match of text.matchAll(EN_ADDRESS)) {
    const value = match[0].replace(/[.,]$/, (mark) => (mark === "." && /\b(?:St|Ave|Rd|Ln|Dr|Blvd|Ct|Pl)\.$/.test(match[0]) ? mark : ""));
    spans.push({ start: match.index, end: match.index + value.length, kind: "ADDRESS", key: value.toLowerCase() });
  }
  return spans;
}
