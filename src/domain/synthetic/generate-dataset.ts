import { formatCount } from '../format';
import type { Dataset, Paper } from '../model';
import { paperIdFromArxiv, paperIdFromTitle } from '../paper-id';
import { buildAuthorPool } from './author-names';
import {
  buildArxivId,
  buildCodeUrl,
  buildDoi,
  CAPTURED_ON,
  pickAffiliations,
  pickCategory,
  pickCitationCount,
  pickPublicationDate,
  pickScore,
  pickVenue,
  splitCitationsByYear,
  SYNTHETIC_CATEGORIES,
} from './paper-facts';
import { buildAbstract, buildTitle } from './paper-text';
import { chance, createRandom, randomInt, type Random } from './random';

/** Shapes and shares of the generated papers; the unit tests check the output against them. */
export const SYNTHETIC_SHAPE = {
  titleLength: { min: 60, max: 160 },
  abstractLength: { min: 800, max: 1800 },
  authorCount: { min: 2, max: 40 },
  /** One author name in the pool per this many papers. */
  papersPerPoolName: 5,
  minimumPoolSize: 20,
  undatedShare: 0.01,
  scoredShare: 0.4,
  citedShare: 0.6,
  /** Share of the cited papers that also have citations per year. */
  citationsByYearShare: 0.5,
  codeUrlShare: 0.25,
  arxivShare: 0.5,
  truncatedAuthorsShare: 0.05,
} as const;

interface GenerationContext {
  random: Random;
  authorPool: readonly string[];
  owner: string;
  usedIds: Set<string>;
}

/** Picks the author count: 2 to 40, most papers near the low end. */
function pickAuthorCount(random: Random): number {
  const { min, max } = SYNTHETIC_SHAPE.authorCount;
  return min + Math.floor((max - min + 1) * random() ** 3);
}

/** Draws co-authors from the pool, frequent collaborators more often, with the owner at a random position. */
function pickAuthors(context: GenerationContext): string[] {
  const { random, authorPool, owner } = context;
  const count = pickAuthorCount(random);
  const authors = new Set<string>([owner]);

  for (let draw = 0; authors.size < count && draw < count * 4; draw++) {
    authors.add(authorPool[Math.floor(authorPool.length * random() ** 2)] as string);
  }

  const others = [...authors].slice(1);
  others.splice(randomInt(random, 0, others.length), 0, owner);
  return others;
}

/** Builds an id the way the importers do: from the arXiv id, else from the title, made unique with the position. */
function claimPaperId(context: GenerationContext, candidate: string, sourceIndex: number): string {
  const id = context.usedIds.has(candidate) ? `${candidate}-${sourceIndex}` : candidate;
  context.usedIds.add(id);
  return id;
}

function addCitations(paper: Paper, random: Random, firstYear: number | undefined): void {
  if (!chance(random, SYNTHETIC_SHAPE.citedShare)) return;

  paper.citations = pickCitationCount(random);
  if (firstYear !== undefined && chance(random, SYNTHETIC_SHAPE.citationsByYearShare)) {
    paper.citationsByYear = splitCitationsByYear(random, paper.citations, firstYear);
  }
}

function addArxivIdentity(paper: Paper, context: GenerationContext, year: number, month: number): void {
  const arxivId = buildArxivId(year, month, paper.sourceIndex);
  const id = paperIdFromArxiv(arxivId);
  // Older identifier schemes have few serial numbers per month; a taken one leaves the paper without an arXiv id.
  if (context.usedIds.has(id)) return;

  context.usedIds.add(id);
  paper.id = id;
  paper.arxivId = arxivId;
  paper.arxivVersion = `v${randomInt(context.random, 1, 3)}`;
  paper.arxivUrl = `https://arxiv.org/abs/${arxivId}`;
}

function generatePaper(context: GenerationContext, sourceIndex: number): Paper {
  const { random } = context;
  const title = buildTitle(random, SYNTHETIC_SHAPE.titleLength.min, SYNTHETIC_SHAPE.titleLength.max);
  const date = chance(random, SYNTHETIC_SHAPE.undatedShare) ? undefined : pickPublicationDate(random);
  const authors = pickAuthors(context);
  const paper: Paper = {
    id: '',
    title,
    authors,
    authorsTruncated: false,
    affiliations: pickAffiliations(random),
    category: pickCategory(random),
    hasCode: false,
    abstract: buildAbstract(random, SYNTHETIC_SHAPE.abstractLength.min, SYNTHETIC_SHAPE.abstractLength.max),
    sourceIndex,
  };

  if (date) {
    paper.published = date.published;
    paper.datePrecision = date.datePrecision;
  }
  if (authors.length > 3 && chance(random, SYNTHETIC_SHAPE.truncatedAuthorsShare)) {
    paper.authors = authors.slice(0, 3);
    paper.authorsTruncated = true;
    if (chance(random, 0.5)) paper.fullAuthors = authors;
  }
  if (chance(random, SYNTHETIC_SHAPE.scoredShare)) paper.score = pickScore(random);
  addCitations(paper, random, date?.year);
  if (chance(random, SYNTHETIC_SHAPE.codeUrlShare)) {
    paper.hasCode = true;
    paper.codeUrl = buildCodeUrl(random, sourceIndex);
  }
  if (chance(random, 0.3)) paper.doi = buildDoi(random, sourceIndex);
  if (chance(random, 0.5)) paper.venue = pickVenue(random);
  if (date && chance(random, SYNTHETIC_SHAPE.arxivShare)) addArxivIdentity(paper, context, date.year, date.month);
  if (!paper.id) paper.id = claimPaperId(context, paperIdFromTitle(title, date?.year), sourceIndex);

  return paper;
}

/**
 * Generates a publication record of `count` papers by one invented researcher, for benchmarks and tests. The same
 * `count` and `seed` give the same dataset on every run; every paper passes `validatePaper`.
 */
export function generateDataset(count: number, seed: number): Dataset {
  if (!Number.isInteger(count) || count < 0) throw new Error(`The paper count must be a whole number ≥ 0, got ${count}.`);

  const random = createRandom(seed);
  const poolSize = Math.max(SYNTHETIC_SHAPE.minimumPoolSize, Math.round(count / SYNTHETIC_SHAPE.papersPerPoolName));
  const authorPool = buildAuthorPool(random, poolSize);
  const owner = authorPool[0] as string;
  const context: GenerationContext = { random, authorPool: authorPool.slice(1), owner, usedIds: new Set() };
  const papers = Array.from({ length: count }, (_unused, sourceIndex) => generatePaper(context, sourceIndex));

  return {
    id: `synthetic-${count}-${seed}`,
    name: `Synthetic record, ${formatCount(count)} papers (seed ${seed})`,
    profile: {
      name: owner,
      primaryCategory: SYNTHETIC_CATEGORIES[0],
      reported: { paperCount: count },
      capturedOn: CAPTURED_ON,
    },
    papers,
    warnings: [],
    source: { format: 'pubscope-json', fileName: `synthetic-${count}-${seed}.json` },
  };
}
