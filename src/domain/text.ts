const TEX_ESCAPES: Record<string, string> = { '%': '%', '&': '&', '_': '_', '#': '#', $: '$' };

/** Removes combining marks after Unicode decomposition, so that `José` becomes `Jose`. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower-cases, strips accents and collapses white space: the form search and title sorting compare. */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

function replaceTexQuotes(text: string): string {
  return text.replace(/(?:``|'')(.+?)''/g, '“$1”');
}

function unwrapTexCommands(text: string): string {
  return text.replace(/\\(?:emph|textit|textbf|texttt|textsc|mathrm|text)\{([^{}]*)\}/g, '$1');
}

/** Unwraps `$\%$`-style fragments that hold nothing but an escaped character. */
function unwrapEscapedSymbols(text: string): string {
  return text
    .replace(/\$\\([%&_#$])\$/g, (_match, symbol: string) => TEX_ESCAPES[symbol] ?? symbol)
    .replace(/\\([%&_#])/g, '$1');
}

/**
 * Turns the TeX fragments common in arXiv titles and abstracts into plain reading text:
 * `8$\%$` → `8%`, `''Aha moment''` → `“Aha moment”`, `\emph{x}` → `x`.
 * Real math such as `$O(n^2)$` is left as written.
 */
export function cleanTexText(text: string): string {
  return unwrapEscapedSymbols(unwrapTexCommands(replaceTexQuotes(text)));
}

/** True for strings that may be shown as a clickable link: absolute http and https URLs only. */
export function isHttpUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
