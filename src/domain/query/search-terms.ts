import { stripAccents } from '../text';

/**
 * The distinct words of every paper's search text, listed per paper and per word. A search word
 * contains no white space, so it occurs in a text exactly when it occurs inside one of the text's
 * words. A search therefore tests each distinct word once instead of scanning every paper's text.
 */
export interface SearchTerms {
  /**
   * Each distinct word once, in order of term id, with a line break after each. A search word
   * has no line break, so one `indexOf` over this text finds every term containing it.
   */
  vocabularyText: string;
  /** Start of each term in `vocabularyText`, with the text's length as the last entry. */
  termOffsets: Int32Array;
  /** Start of each paper's term ids in `paperTermIds`, with its length as the last entry. */
  paperStarts: Int32Array;
  /** The term ids of paper 0, then of paper 1, and so on, each term once per paper. */
  paperTermIds: Int32Array;
  /** Start of each term's paper positions in `termPapers`, with its length as the last entry. */
  termStarts: Int32Array;
  /** The ascending positions of the papers containing term 0, then term 1, and so on. */
  termPapers: Int32Array;
}

/**
 * Folds one word as foldText folds it: accents stripped, then lower-cased. Folding word by word
 * gives the words of the folded text, because folding neither creates nor removes white space and
 * lower-casing looks at no context across it.
 */
function foldWord(word: string): string {
  return stripAccents(word).toLowerCase();
}

/** An Int32Array that grows by half its capacity when full. */
class GrowingIntArray {
  values: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(capacity, 16));
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(Math.ceil(this.values.length * 1.5));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

/** Assigns term ids, folding each distinct unfolded word once rather than at every occurrence. */
class Vocabulary {
  terms: string[] = [];
  private idsByTerm = new Map<string, number>();
  /** Term id of each unfolded word seen, or -1 where it folds to nothing. */
  private idsByWord = new Map<string, number>();

  idOf(word: string): number {
    let id = this.idsByWord.get(word);
    if (id === undefined) {
      id = this.idOfTerm(foldWord(word));
      this.idsByWord.set(word, id);
    }
    return id;
  }

  private idOfTerm(term: string): number {
    if (term.length === 0) return -1;

    let id = this.idsByTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.idsByTerm.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** Lists each paper's distinct term ids, giving new words the next id. */
function listPaperTerms(texts: Iterable<string>, paperCount: number) {
  const vocabulary = new Vocabulary();
  const paperStarts = new Int32Array(paperCount + 1);
  const paperTermIds = new GrowingIntArray(paperCount * 64);
  // The last paper each term was listed for, so that a word repeated in one text is listed once.
  const lastPaperOfTerm = new GrowingIntArray(1024);

  let position = 0;
  for (const text of texts) {
    for (const word of text.split(/\s+/)) {
      const id = vocabulary.idOf(word);
      if (id < 0) continue;

      while (lastPaperOfTerm.length < vocabulary.terms.length) lastPaperOfTerm.push(-1);
      if (lastPaperOfTerm.values[id] === position) continue;

      lastPaperOfTerm.values[id] = position;
      paperTermIds.push(id);
    }
    position += 1;
    paperStarts[position] = paperTermIds.length;
  }
  return { vocabulary: vocabulary.terms, paperStarts, paperTermIds: paperTermIds.toArray() };
}

function joinVocabulary(vocabulary: readonly string[]): Pick<SearchTerms, 'vocabularyText' | 'termOffsets'> {
  const termOffsets = new Int32Array(vocabulary.length + 1);
  vocabulary.forEach((term, id) => {
    termOffsets[id + 1] = (termOffsets[id] ?? 0) + term.length + 1;
  });
  return { vocabularyText: vocabulary.map((term) => `${term}\n`).join(''), termOffsets };
}

/** Inverts the per-paper lists into per-term lists of paper positions. */
function listTermPapers(termCount: number, paperStarts: Int32Array, paperTermIds: Int32Array) {
  const termStarts = new Int32Array(termCount + 1);
  for (const id of paperTermIds) termStarts[id + 1] = (termStarts[id + 1] ?? 0) + 1;
  for (let id = 0; id < termCount; id++) termStarts[id + 1] = (termStarts[id + 1] ?? 0) + (termStarts[id] ?? 0);

  const termPapers = new Int32Array(paperTermIds.length);
  const nextSlot = termStarts.slice(0, termCount);
  for (let position = 0; position + 1 < paperStarts.length; position++) {
    for (let entry = paperStarts[position] ?? 0; entry < (paperStarts[position + 1] ?? 0); entry++) {
      const id = paperTermIds[entry] ?? 0;
      termPapers[nextSlot[id] ?? 0] = position;
      nextSlot[id] = (nextSlot[id] ?? 0) + 1;
    }
  }
  return { termStarts, termPapers };
}

/** Builds the term lists from each paper's unfolded search text, in paper order; terms are foldText's words. */
export function buildSearchTerms(texts: Iterable<string>, paperCount: number): SearchTerms {
  const { vocabulary, paperStarts, paperTermIds } = listPaperTerms(texts, paperCount);
  return {
    ...joinVocabulary(vocabulary),
    paperStarts,
    paperTermIds,
    ...listTermPapers(vocabulary.length, paperStarts, paperTermIds),
  };
}
