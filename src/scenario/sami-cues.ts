// A SAMI caption file (.smi: "<SAMI><HEAD>…<BODY><SYNC Start=ms><P Class=…>text") → the SRT it would be, so the
// subtitle reader reads its cues: each <SYNC> a cue timed from its start to the next one's, its <br> breaks and its
// <P> paragraphs (one per caption language) lines of that cue; the head's <TITLE> the document's title; styles,
// parameters and comments carry no content. SAMI's <P> and <SYNC> are usually left unclosed, as the format allows.
import { decodeEntities } from "./entities.js";

const SAMI_START = /^\s*(?:\uFEFF)?<sami\b/iu;
const SYNC = /<sync\b[^>]{0,200}?start\s*=\s*["']?(\d{1,9})[^>]{0,200}>/giu;
const TITLE = /<title\b[^>]{0,200}>([^<]{0,400})<\/title>/iu;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", hellip: "…", ndash: "–", mdash: "—" };
/** A cue lasts to the next one's start; the last one this long. */
const LAST_CUE_MS = 2000;
/** Cues this many or more make the file a script and not a stray tag. */
const MIN_CUES = 3;

/** "00:01:02,500" for 62500 ms. */
function srtTime(ms: number): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)},${pad(ms % 1000, 3)}`;
}

/** One cue's text lines: paragraphs and breaks split, tags dropped, entities decoded, blank lines left out. */
function cueLines(html: string): string[] {
  const broken = html.replace(/<!--[\s\S]*?-->/gu, "").replace(/<br\s*\/?>|<\/?p\b[^>]{0,200}>/giu, "\n");
  return broken.split("\n")
    .map((line) => decodeEntities(line.replace(/<[^<>]{0,400}>/gu, ""), ENTITIES).replace(/\s+/gu, " ").trim())
    .filter((line) => line !== "");
}

/** The file as SRT text, or null when it is not a SAMI file with cues. */
export function samiAsSrt(text: string): string | null {
  if (!SAMI_START.test(text)) return null;
  const bodyStart = /<body\b[^>]{0,200}>/iu.exec(text);
  const body = bodyStart === null ? text : text.slice(bodyStart.index + bodyStart[0].length);
  const syncs = [...body.matchAll(SYNC)];
  if (syncs.length < MIN_CUES) return null;
  const title = TITLE.exec(text)?.[1]?.trim() ?? "";
  const out: string[] = title === "" ? [] : [`# ${decodeEntities(title, ENTITIES)}`, ""];
  let number = 0;
  syncs.forEach((sync, i) => {
    const next = syncs[i + 1];
    const start = Number(sync[1]);
    const end = next === undefined ? start + LAST_CUE_MS : Math.max(start, Number(next[1]));
    const from = (sync.index ?? 0) + sync[0].length;
    const raw = body.slice(from, next?.index ?? body.length).replace(/<\/body>[\s\S]*$/iu, "");
    const lines = cueLines(raw);
    if (lines.length === 0) return;
    number++;
    out.push(String(number), `${srtTime(start)} --> ${srtTime(end)}`, ...lines, "");
  });
  return number >= MIN_CUES ? out.join("\n") : null;
}
