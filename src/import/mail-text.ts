// A mail message (.eml) or a mailbox (mbox) → the human text it carries: the latest message, its MIME parts decoded
// (base64, quoted-printable); a text document attached to it is the document, else its plain body.

interface Part { type: string; attached: boolean; text: string }

const HEADER_NAMES = /^(?:from|to|cc|subject|date|message-id|mime-version|content-type|return-path|received|reply-to|in-reply-to):/iu;
/** An mbox separator line: "From " + sender + a date ending in a year (a body line starting so is escaped ">From "). */
const MBOX_FROM = /^From \S+ .*\d{4}\s*$/u;

/** The headers of a message (folded lines joined, names lower-cased) and its body. */
function splitMessage(text: string): { headers: Map<string, string>; body: string } {
  const at = text.search(/\r?\n\r?\n/u);
  const head = at < 0 ? text : text.slice(0, at);
  const body = at < 0 ? "" : text.slice(at).replace(/^\r?\n\r?\n/u, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/gu, " ").split(/\r?\n/u)) {
    const m = /^([\w-]+):\s*(.*)$/u.exec(line);
    if (m !== null) headers.set((m[1] ?? "").toLowerCase(), m[2] ?? "");
  }
  return { headers, body };
}

const param = (header: string, name: string): string | null =>
  new RegExp(`${name}\\*?=(?:"([^"]*)"|([^;\\s]+))`, "iu").exec(header)?.slice(1).find((v) => v !== undefined) ?? null;

function decoder(charset: string | null): TextDecoder {
  try { return new TextDecoder(charset ?? "utf-8"); } catch { return new TextDecoder("utf-8"); }
}

const base64Bytes = (s: string): Uint8Array => Buffer.from(s.replace(/\s+/gu, ""), "base64");

/** Quoted-printable: soft line breaks joined, =XX escapes as bytes. */
function qpBytes(s: string): Uint8Array {
  const joined = s.replace(/=\r?\n/gu, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = /^=([0-9A-F]{2})/iu.exec(joined.slice(i, i + 3));
    if (hex !== null) { bytes.push(parseInt(hex[1] ?? "0", 16)); i += 2; continue; }
    bytes.push(...Buffer.from(joined[i] ?? "", "utf8"));
  }
  return Uint8Array.from(bytes);
}

/** The leaves of a message: each text part decoded, with whether it is an attachment. */
function parts(text: string): Part[] {
  const { headers, body } = splitMessage(text);
  const type = (headers.get("content-type") ?? "text/plain").toLowerCase();
  const boundary = param(headers.get("content-type") ?? "", "boundary");
  if (type.startsWith("multipart/") && boundary !== null) {
    const pieces = body.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?:--)?\\s*$`, "mu")).slice(1, -1);
    return pieces.flatMap((p) => parts(p.replace(/^\r?\n/u, "")));
  }
  if (!type.startsWith("text/")) return [];
  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase().trim();
  const charset = param(headers.get("content-type") ?? "", "charset");
  const bytes = encoding === "base64" ? base64Bytes(body) : encoding === "quoted-printable" ? qpBytes(body) : null;
  const decoded = bytes === null ? body : decoder(charset).decode(bytes);
  const attached = /attachment|filename/iu.test(headers.get("content-disposition") ?? "") || param(headers.get("content-type") ?? "", "name") !== null;
  return [{ type: type.split(";")[0]?.trim() ?? "text/plain", attached, text: decoded.replace(/\r\n/gu, "\n") }];
}

const htmlText = (html: string): string =>
  html.replace(/<(?:br|\/p|\/div|\/li|\/h\d)\b[^>]*>/giu, "\n").replace(/<[^>]+>/gu, "").replace(/&nbsp;/gu, " ").replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&amp;/gu, "&");

/** A text that starts as a mail: an mbox separator, or a header block of at least three mail headers. */
export function isMail(text: string): boolean {
  const lines = text.split(/\r?\n/u);
  if (MBOX_FROM.test(lines[0] ?? "")) return true;
  const head = lines.slice(0, lines.findIndex((l) => l.trim() === "") >>> 0);
  return head.length > 0 && head.filter((l) => HEADER_NAMES.test(l)).length >= 3 && head.every((l) => /^[\w-]+:|^[ \t]/u.test(l));
}

/** The document a mail carries: its latest message's attached text documents, else its plain (or HTML) body. */
export function mailText(text: string): string | null {
  const lines = text.split(/\r?\n/u);
  const starts = lines.map((l, i) => (MBOX_FROM.test(l) ? i : -1)).filter((i) => i >= 0);
  // A mailbox keeps its messages in the order they came: the last is the latest word (a reply that replaces a draft).
  const message = starts.length === 0 ? text : lines.slice((starts[starts.length - 1] ?? 0) + 1).map((l) => l.replace(/^>(>*From )/u, "$1")).join("\n");
  const leaves = parts(message);
  const documents = leaves.filter((p) => p.attached && p.type !== "text/html");
  const plain = leaves.filter((p) => !p.attached && p.type !== "text/html");
  const html = leaves.filter((p) => p.type === "text/html").map((p) => ({ ...p, text: htmlText(p.text) }));
  const chosen = [documents, plain, html].find((list) => list.some((p) => p.text.trim() !== "")) ?? [];
  return chosen.length === 0 ? null : chosen.map((p) => p.text.trim()).join("\n\n");
}
