// Text from documents, transcripts and models is shown, never obeyed: control characters and escape sequences
// (clear screen, OSC 52 clipboard writes, colours, bidi overrides) become visible escapes before they reach a terminal.

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function inert(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
