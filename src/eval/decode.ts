// Bytes of a call file to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy encoding chardet names
// (GB18030 transcripts exported from Chinese call-centre systems are common).
import chardet from "chardet";

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const guess = chardet.detect(bytes) ?? "gb18030";
    try {
      return new TextDecoder(guess.toLowerCase()).decode(bytes);
    } catch {
      return new TextDecoder("gb18030").decode(bytes);
    }
  }
}
