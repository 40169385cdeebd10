import { asArray, asObject } from './json-values';

/**
 * Rebuilds an abstract from OpenAlex's `abstract_inverted_index`, which maps each word to the positions where it
 * occurs. Missing positions are left out. When two words claim one position, the word listed first in the index
 * wins, because the index gives no better rule. Returns undefined for a null, empty or malformed index.
 */
export function rebuildAbstract(invertedIndex: unknown): string | undefined {
  const index = asObject(invertedIndex);
  if (!index) return undefined;

  const placedWords: { position: number; word: string }[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const position of asArray(positions)) {
      if (isWordPosition(position)) placedWords.push({ position, word });
    }
  }

  // Array.prototype.sort is stable, so among equal positions the first word in index order comes first.
  placedWords.sort((left, right) => left.position - right.position);

  const words = placedWords.filter((placed, at) => at === 0 || placedWords[at - 1]?.position !== placed.position);
  const abstract = words
    .map((placed) => placed.word)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

  return abstract === '' ? undefined : abstract;
}

function isWordPosition(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
