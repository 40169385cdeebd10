import { z } from 'zod';

import type { Dataset, Paper, Profile, Result } from './model';

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 && !isLeapYear ? 28 : daysInMonth;
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as 2024-06-03')
  .refine(isCalendarDate, 'must be a real calendar date');
// Any scheme is kept so that no data is lost; the view makes only http(s) URLs clickable.
const url = z.string().trim().min(1);
const nonNegative = z.number().finite().min(0);

// NOTE: src/domain/saved-data/stored-dataset-check.ts repeats these rules for fast loading; change both together.
export const paperSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, 'must not be empty'),
  authors: z.array(z.string()),
  authorsTruncated: z.boolean(),
  fullAuthors: z.array(z.string()).optional(),
  affiliations: z.array(z.string()),
  category: z.string().min(1).optional(),
  published: isoDate.optional(),
  datePrecision: z.enum(['day', 'month', 'year']).optional(),
  score: z.number().min(0).max(100).optional(),
  hasCode: z.boolean(),
  codeUrl: url.optional(),
  arxivId: z.string().min(1).optional(),
  arxivVersion: z.string().optional(),
  arxivUrl: url.optional(),
  doi: z.string().min(1).optional(),
  venue: z.string().min(1).optional(),
  citations: z.number().int().min(0).optional(),
  citationsByYear: z.array(z.object({ year: z.number().int(), count: z.number().int().min(0) })).optional(),
  abstract: z.string().optional(),
  sourceIndex: z.number().int().min(0),
});

export const profileSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty'),
  primaryCategory: z.string().min(1).optional(),
  reported: z.object({
    hIndex: nonNegative.optional(),
    paperCount: nonNegative.optional(),
    citations: nonNegative.optional(),
    noveltyPercent: z.number().min(0).max(100).optional(),
    aiScore: z.number().min(0).max(100).optional(),
  }),
  capturedOn: isoDate.optional(),
});

export const datasetSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  profile: profileSchema,
  papers: z.array(paperSchema),
  warnings: z.array(z.object({ message: z.string(), line: z.number().optional(), record: z.number().optional() })),
  source: z.object({
    format: z.enum(['profile-text', 'pubscope-json', 'csv', 'bibtex', 'openalex', 'arxiv-atom']),
    fileName: z.string().optional(),
  }),
});

/** Names for the items of list fields, so that `authors.0` reads "author 1". */
const ITEM_NAMES: Record<string, string> = {
  papers: 'paper',
  authors: 'author',
  fullAuthors: 'full author',
  affiliations: 'affiliation',
  citationsByYear: 'citation year',
  warnings: 'warning',
};

/** Formats a zod issue path such as `papers.3.authors.0` as "paper 4, author 1"; list items count from 1. */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const key = String(path[index]);
    const next = path[index + 1];
    if (typeof next === 'number') {
      parts.push(`${Object.hasOwn(ITEM_NAMES, key) ? ITEM_NAMES[key] : `${key} item`} ${next + 1}`);
      index++;
    } else {
      parts.push(`field ${key}`);
    }
  }
  return parts.length > 0 ? parts.join(', ') : 'the top level';
}

function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return withArticle(typeof value);
}

function withArticle(typeName: string): string {
  return /^[aeiou]/.test(typeName) ? `an ${typeName}` : `a ${typeName}`;
}

function describeExpected(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  return withArticle(expected);
}

/** Rephrases zod's default messages for the common cases in plain words. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${describeExpected(issue.expected)}, found ${describeType(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The data is invalid.';
  return `Invalid data at ${describeIssuePath(issue.path)}: ${describeIssue(issue)}.`;
}

/** Validates one paper; the message names the field that is wrong. */
export function validatePaper(value: unknown): Result<Paper> {
  const parsed = paperSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as Paper };
  return { ok: false, error: firstIssueMessage(parsed.error) };
}

/** Validates a profile; the message names the field that is wrong. */
export function validateProfile(value: unknown): Result<Profile> {
  const parsed = profileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as Profile };
  return { ok: false, error: firstIssueMessage(parsed.error) };
}

/** Validates a whole dataset; the message names the paper (counted from 1) and field that are wrong. */
export function validateDataset(value: unknown): Result<Dataset> {
  const parsed = datasetSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as Dataset };
  return { ok: false, error: firstIssueMessage(parsed.error) };
}
