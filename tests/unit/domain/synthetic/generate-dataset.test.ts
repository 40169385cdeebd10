import type { Paper } from '../../../../src/domain/model';
import { validateDataset, validatePaper } from '../../../../src/domain/schema';
import { generateDataset, SYNTHETIC_SHAPE } from '../../../../src/domain/synthetic/generate-dataset';
import { SYNTHETIC_CATEGORIES } from '../../../../src/domain/synthetic/paper-facts';

const PAPER_COUNT = 10_000;
const dataset = generateDataset(PAPER_COUNT, 20_261_204);
const { papers } = dataset;

function shareOf(predicate: (paper: Paper) => boolean): number {
  return papers.filter(predicate).length / papers.length;
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('generateDataset determinism', () => {
  it('should return equal datasets for the same count and seed', () => {
    expect(generateDataset(300, 5)).toEqual(generateDataset(300, 5));
  });

  it('should return other papers for another seed', () => {
    const titles = generateDataset(50, 5).papers.map((paper) => paper.title);
    const otherTitles = generateDataset(50, 6).papers.map((paper) => paper.title);

    expect(otherTitles).not.toEqual(titles);
  });

  it('should return the requested number of papers', () => {
    expect(generateDataset(100, 5).papers).toHaveLength(100);
    expect(generateDataset(0, 5).papers).toEqual([]);
  });

  it('should reject a count that is not a whole number', () => {
    expect(() => generateDataset(2.5, 1)).toThrow(/whole number/);
    expect(() => generateDataset(-1, 1)).toThrow(/whole number/);
  });
});

describe('generateDataset validity', () => {
  it('should pass validatePaper for every paper', () => {
    const failures = papers.map((paper) => validatePaper(paper)).filter((result) => !result.ok);

    expect(failures).toEqual([]);
  });

  it('should pass validateDataset as a whole', () => {
    expect(validateDataset(generateDataset(500, 9)).ok).toBe(true);
  });

  it('should give every paper a distinct id and its source position', () => {
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(PAPER_COUNT);
    expect(papers.every((paper, position) => paper.sourceIndex === position)).toBe(true);
  });
});

describe('generateDataset shapes', () => {
  it('should keep titles within 60 to 160 characters', () => {
    const lengths = papers.map((paper) => paper.title.length);

    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(SYNTHETIC_SHAPE.titleLength.min);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SYNTHETIC_SHAPE.titleLength.max);
  });

  it('should keep abstracts within 800 to 1,800 characters', () => {
    const lengths = papers.map((paper) => paper.abstract?.length ?? 0);

    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(SYNTHETIC_SHAPE.abstractLength.min);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SYNTHETIC_SHAPE.abstractLength.max);
  });

  it('should list 2 to 40 authors, the owner in every complete list', () => {
    const owner = dataset.profile.name;
    const fullLists = papers.map((paper) => paper.fullAuthors ?? paper.authors);
    const completeLists = papers.filter((paper) => !paper.authorsTruncated).map((paper) => paper.authors);

    expect(Math.min(...fullLists.map((authors) => authors.length))).toBeGreaterThanOrEqual(2);
    expect(Math.max(...fullLists.map((authors) => authors.length))).toBeLessThanOrEqual(40);
    expect(completeLists.every((authors) => authors.includes(owner))).toBe(true);
  });

  it('should draw authors from a pool of about one name per five papers', () => {
    const names = new Set(papers.flatMap((paper) => paper.fullAuthors ?? paper.authors));

    expect(names.size).toBeLessThanOrEqual(PAPER_COUNT / 5);
    expect(names.size).toBeGreaterThan(PAPER_COUNT / 5 * 0.8);
  });

  it('should mix in names of non-Latin scripts and accented names', () => {
    const names = [...new Set(papers.flatMap((paper) => paper.authors))];
    const scripts = {
      han: /\p{Script=Han}/u,
      kana: /\p{Script=Hiragana}/u,
      cyrillic: /\p{Script=Cyrillic}/u,
      greek: /\p{Script=Greek}/u,
      arabic: /\p{Script=Arabic}/u,
      devanagari: /\p{Script=Devanagari}/u,
      accented: /[À-ž]/u,
    };

    for (const [script, pattern] of Object.entries(scripts)) {
      expect(names.some((name) => pattern.test(name)), script).toBe(true);
    }
  });

  it('should cut a few author lists short', () => {
    const truncated = papers.filter((paper) => paper.authorsTruncated);

    expect(truncated.length).toBeGreaterThan(0);
    expect(truncated.every((paper) => paper.authors.length === 3)).toBe(true);
  });
});

describe('generateDataset proportions', () => {
  it('should score about 40% of the papers', () => {
    expect(shareOf((paper) => paper.score !== undefined)).toBeCloseTo(SYNTHETIC_SHAPE.scoredShare, 1);
  });

  it('should give citation counts to about 60%, some per year', () => {
    const cited = papers.filter((paper) => paper.citations !== undefined);
    const perYear = cited.filter((paper) => paper.citationsByYear !== undefined);

    expect(cited.length / PAPER_COUNT).toBeCloseTo(SYNTHETIC_SHAPE.citedShare, 1);
    expect(perYear.length / cited.length).toBeGreaterThan(0.4);
    expect(perYear.length / cited.length).toBeLessThan(0.6);
  });

  it('should split citations per year into the total', () => {
    for (const paper of papers.filter((candidate) => candidate.citationsByYear)) {
      const sum = (paper.citationsByYear ?? []).reduce((total, entry) => total + entry.count, 0);
      expect(sum).toBe(paper.citations);
    }
  });

  it('should add code URLs to about a quarter and arXiv ids to some', () => {
    expect(shareOf((paper) => paper.codeUrl !== undefined)).toBeCloseTo(SYNTHETIC_SHAPE.codeUrlShare, 1);
    expect(papers.every((paper) => paper.hasCode === (paper.codeUrl !== undefined))).toBe(true);
    expect(shareOf((paper) => paper.arxivId !== undefined)).toBeGreaterThan(0.4);
    expect(papers.filter((paper) => paper.arxivId).every((paper) => paper.id === `arxiv:${paper.arxivId}`)).toBe(true);
  });

  it('should use all 40 categories with a Zipf-like skew', () => {
    const counts = countBy(papers.map((paper) => paper.category));
    const ranked = SYNTHETIC_CATEGORIES.map((category) => counts.get(category) ?? 0);

    expect(counts.size).toBe(40);
    expect(ranked[0]! / PAPER_COUNT).toBeGreaterThan(0.18);
    expect(ranked[0]! / PAPER_COUNT).toBeLessThan(0.28);
    expect(ranked[0]!).toBeGreaterThan(ranked[9]! * 5);
    expect(ranked[9]!).toBeGreaterThan(ranked[39]!);
  });

  it('should date papers from 1990 to 2026, some to the year only', () => {
    const dated = papers.filter((paper) => paper.published !== undefined);
    const years = dated.map((paper) => Number(paper.published?.slice(0, 4)));
    const yearOnly = dated.filter((paper) => paper.datePrecision === 'year');

    expect(dated.length / PAPER_COUNT).toBeGreaterThan(0.97);
    expect(Math.min(...years)).toBe(1990);
    expect(Math.max(...years)).toBe(2026);
    expect(yearOnly.length / dated.length).toBeCloseTo(0.1, 1);
    expect(yearOnly.every((paper) => paper.published?.endsWith('-01-01'))).toBe(true);
  });

  it('should date no paper after the capture date', () => {
    const latest = papers.reduce((max, paper) => ((paper.published ?? '') > max ? (paper.published ?? '') : max), '');

    expect(latest <= (dataset.profile.capturedOn ?? '')).toBe(true);
  });
});
