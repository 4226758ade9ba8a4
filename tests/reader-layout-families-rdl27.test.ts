// Layout causes learnt from the rdl-27 own tune set and the opened heldout-j/k documents (each document here is
// written for this test, in words of its own).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const lines = (s: ReturnType<typeof parseScenarioText>): number => s.caller.steps.reduce((n, step) => n + step.lines.length, 0);

describe("a numbered script whose steps quote what is said on the step's own line", () => {
  const doc = [
    "## Caller",
    "Name: Ines Moreau",
    "",
    "## Steps",
    "",
    "1. Check identity: Ask for the membership number.",
    "",
    "   If it doesn't match, then close politely.",
    "",
    '2. Read back: "I have you down for the Saturday class, is that right?"',
    "",
    '3. Offer a time: "Would ten or eleven suit you better?"',
    "",
    "## Closing",
    '"Thanks, see you Saturday."',
  ].join("\n");

  it("keeps an unquoted text after a step's title as an instruction, not a line to say", () => {
    const s = parseScenarioText(doc, { file: "steps.md" });
    expect(s.caller.steps.length).toBe(3);
    expect(lines(s)).toBe(2);
    expect(s.caller.steps[0]?.lines).toEqual([]);
  });
});

describe("a script sent as an HTML mail", () => {
  const doc = [
    "<!DOCTYPE html>",
    "<html><head><title>Fwd: script</title></head>",
    "<body>",
    "<p>Hi team, script below.</p>",
    "<h3>Caller</h3>",
    "<p>Name: Ines Moreau<br>Organisation: Larkspur Pottery Studio</p>",
    "<h3>Opening</h3>",
    "<p>&ldquo;Hello, it&rsquo;s Ines from Larkspur Pottery Studio about your class.&rdquo;</p>",
    "<h3>Steps</h3>",
    "<ol>",
    "<li>Check identity: ask for the booking number.<br>If it doesn&rsquo;t match, then close politely.</li>",
    "<li>Offer a time: &ldquo;Would ten or eleven suit you?&rdquo;</li>",
    "<li>Price: &ldquo;It&rsquo;s twelve pounds a session.&rdquo;</li>",
    "</ol>",
    "<h3>Closing</h3>",
    "<p>&ldquo;Thanks, see you Saturday.&rdquo;</p>",
    "<hr>",
    "<p>Shout if anything is unclear.<br>Best regards,<br>Tamsin Oakes<br>Studio Manager<br>Tel 01632 960 118</p>",
    "</body></html>",
  ].join("\n");

  it("reads each <br> as a line, an ordered list as numbered steps, and leaves the sender's sign-off out", () => {
    const s = parseScenarioText(doc, { file: "mail.htm" });
    expect(s.caller.name).toBe("Ines Moreau");
    expect(s.caller.organization).toBe("Larkspur Pottery Studio");
    expect(s.caller.steps.length).toBe(3);
    expect(lines(s)).toBe(2);
    expect(s.caller.steps[0]?.branches?.length).toBe(1);
    expect(s.caller.closingLines).toEqual(["Thanks, see you Saturday."]);
    expect(s.callee.endConditions).toEqual([]);
  });
});

describe("a Textile wiki page (Redmine)", () => {
  const doc = [
    "{{toc}}",
    "",
    "h1. Kiln check-up calls",
    "",
    "p(note). Page kept by the office.",
    "",
    "h2. Caller",
    "",
    "* Name: Ines Moreau",
    "* Organisation: Larkspur Pottery Studio",
    "",
    "h2. Customer",
    "",
    "|_. Field |_. Value |",
    "| Name | Colm Ferris |",
    "| Kiln | 60 litre electric |",
    "",
    "h2. Opening",
    "",
    "bq. Hello, is that Colm? It's Ines from Larkspur Pottery Studio about your kiln check.",
    "",
    "h2. Steps",
    "",
    '# Check identity: "Can I confirm your postcode?"',
    "## If it doesn't match, then close politely.",
    '# -Offer a controller: "We also sell controllers."- ~(discontinued)~',
    '# Book: "Would Tuesday or Friday suit you?"',
    "",
    "h2. Closing",
    "",
    '* "Thanks, see you then."',
  ].join("\n");

  it("reads its headings, quote, header-cell table and numbered list; a struck item is retired", () => {
    const s = parseScenarioText(doc, { file: "kiln.textile" });
    expect(s.caller.name).toBe("Ines Moreau");
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.branches?.length).toBe(1);
    expect(s.callee.name).toBe("Colm Ferris");
  });
});

describe("a desk card typed in plain text", () => {
  const doc = [
    "+==========================================================+",
    "|        LARKSPUR POTTERY STUDIO - DESK CARD               |",
    "+==========================================================+",
    "",
    "   YOU ARE ............ Bookings desk, Larkspur Pottery Studio",
    "   YOUR NAME .......... Ines",
    "",
    " ┌──────────── THE CUSTOMER ────────────┐",
    " │  Colm Ferris · phone ends 4410        │",
    " │  Class: wheel throwing, Saturdays     │",
    " └───────────────────────────────────────┘",
    "",
    "   ~~~~~~~~  THE CALL IN 3 STEPS  ~~~~~~~~",
    "",
    '   ① HELLO  "Hello, is that Colm? It\'s Ines from Larkspur about Saturday."',
    "   ② CHECK IT'S HIM  Ask for the postcode.",
    "        ✗ Wrong? → close politely.",
    '   ③ PICK A CLASS  "Would ten or eleven suit you?"',
    "",
    "   ~~~~~~~~  THEY OFTEN ASK  ~~~~~~~~",
    "",
    "   ? Do I bring clay?          ! No, clay and glaze are included.",
    "   ? Is there parking?         ! Yes, behind the studio.",
  ].join("\n");

  it("reads its framed titles, box, dotted leaders, circled steps and side-by-side questions (it was refused)", () => {
    const s = parseScenarioText(doc, { file: "card.txt" });
    expect(s.caller.name).toBe("Ines");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["HELLO", "CHECK IT'S HIM", "PICK A CLASS"]);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.caller.customerProfile.length).toBe(2);
  });
});
