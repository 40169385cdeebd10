/** Maximum words in one author's name. An authors line with a longer part is taken to be an abstract. */
const MAX_WORDS_PER_AUTHOR = 8;

const MIDDLE_DOT = '\u00B7';
const ET_AL = 'et al';
const WHITESPACE = /\s/;
const WORD_CHARACTER = /\w/;
const WHITESPACE_RUN = /\s+/g;

export interface AuthorsLine {
  authors: string[];
  authorsTruncated: boolean;
  affiliations: string[];
}

/**
 * Splits `A, B, C et al. · aff1, aff2` into authors, the et-al. flag and affiliations.
 *
 * NOTE: the line can be megabytes of whitespace, so the separators and `et al.` are found with string searches.
 * Regular expressions such as `/\s+·\s*|\s*·\s+/` and `/,?\s*\bet al\.?$/` take quadratic time on such a line,
 * because they retry the whole whitespace run from every start position.
 */
export function parseAuthorsLine(text: string): AuthorsLine {
  const [authorsText = '', ...affiliationTexts] = splitAtAffiliationSeparators(text);
  const { names, truncated } = removeEtAlSuffix(authorsText);

  return { authors: splitList(names), authorsTruncated: truncated, affiliations: affiliationTexts.flatMap(splitList) };
}

export function looksLikeAuthorsLine(text: string): boolean {
  const { authors } = parseAuthorsLine(text);

  return authors.length > 0 && authors.every((author) => author.split(' ').length <= MAX_WORDS_PER_AUTHOR);
}

/** Splits at every middle dot with whitespace on at least one side, which keeps the dot in a name like `Col·lell`. */
function splitAtAffiliationSeparators(text: string): string[] {
  const parts: string[] = [];
  let partStart = 0;

  for (let dot = text.indexOf(MIDDLE_DOT); dot !== -1; dot = text.indexOf(MIDDLE_DOT, dot + 1)) {
    if (isWhitespace(text[dot - 1]) || isWhitespace(text[dot + 1])) {
      parts.push(text.slice(partStart, dot).trim());
      partStart = dot + 1;
    }
  }

  parts.push(text.slice(partStart).trim());
  return parts;
}

/** Removes a final `et al.` or `et al`, which may follow a comma, and returns whether there was one. */
function removeEtAlSuffix(authorsText: string): { names: string; truncated: boolean } {
  const trimmed = authorsText.trimEnd();
  const withoutDot = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  if (!withoutDot.endsWith(ET_AL)) return { names: authorsText, truncated: false };

  const names = withoutDot.slice(0, -ET_AL.length);
  // `et` must start a word: `Bennet al.` is a name, not a truncation.
  if (WORD_CHARACTER.test(names.at(-1) ?? '')) return { names: authorsText, truncated: false };

  return { names, truncated: true };
}

/** Splits a comma-separated list, with each item's whitespace runs collapsed to one space. */
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.replace(WHITESPACE_RUN, ' ').trim())
    .filter((item) => item !== '');
}

function isWhitespace(character: string | undefined): boolean {
  return character !== undefined && WHITESPACE.test(character);
}
