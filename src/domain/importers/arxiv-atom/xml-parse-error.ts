/** Places and wordings of XML errors in the `<parsererror>` documents of the engines Pubscope runs on. */
const ENGINE_PATTERNS: { location: RegExp; detail: RegExp }[] = [
  // Blink and WebKit: "error on line 3 at column 7: Opening and ending tag mismatch: …"
  { location: /error on line (\d+) at column (\d+)/i, detail: /error on line \d+ at column \d+:\s*([^\n]*)/i },
  // Gecko: "XML Parsing Error: mismatched tag. …\nLine Number 3, Column 7:"
  { location: /Line Number (\d+), Column (\d+)/i, detail: /XML Parsing Error:\s*([^\n]*)/i },
  // jsdom, which parses with saxes: "3:7: unexpected close tag."
  { location: /^\s*(\d+):(\d+):/, detail: /^\s*\d+:\d+:\s*([^\n]*)/ },
];

const MAX_DETAIL_LENGTH = 200;

/** Returns the `<parsererror>` element a DOMParser puts in place of, or inside, a document it could not parse. */
export function findParserError(document: Document): Element | undefined {
  return document.getElementsByTagNameNS('*', 'parsererror')[0] ?? undefined;
}

/** Words a parser error for the person, with the line and column when the engine gives them. */
export function describeXmlParseError(parserError: Element): string {
  const errorText = parserError.textContent ?? '';

  for (const pattern of ENGINE_PATTERNS) {
    const location = pattern.location.exec(errorText);
    if (!location) continue;

    const line = Number(location[1]);
    // saxes counts the characters read on the line, so an error before the first character is column 0.
    const column = Math.max(1, Number(location[2]));
    const detail = cleanDetail(pattern.detail.exec(errorText)?.[1]);
    return `Line ${line}, column ${column}: invalid XML${detail ? `, ${detail}` : ''}.`;
  }

  const detail = cleanDetail(errorText);
  return detail ? `Invalid XML: ${detail}.` : 'The input is not well-formed XML. Expected an arXiv API Atom feed.';
}

function cleanDetail(detail: string | undefined): string | undefined {
  const cleaned = detail?.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (!cleaned) return undefined;

  return cleaned.length > MAX_DETAIL_LENGTH ? `${cleaned.slice(0, MAX_DETAIL_LENGTH)}…` : cleaned;
}
