import { z } from 'zod';

import type { Dataset, Paper, Result } from './model';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as 2024-06-03');
// Any scheme is kept so that no data is lost; the view makes only http(s) URLs clickable.
const url = z.string().trim().min(1);
const nonNegative = z.number().finite().min(0);

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

/** Formats a zod issue path such as `papers.3.score` as "paper 4, field score". */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const key = path[index];
    const next = path[index + 1];
    if (key === 'papers' && typeof next === 'number') {
      parts.push(`paper ${next + 1}`);
      index++;
    } else {
      parts.push(`field ${String(key)}`);
    }
  }
  return parts.length > 0 ? parts.join(', ') : 'the top level';
}

function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The data is invalid.';
  return `Invalid data at ${describeIssuePath(issue.path)}: ${issue.message}.`;
}

/** Validates one paper; the message names the field that is wrong. */
export function validatePaper(value: unknown): Result<Paper> {
  const parsed = paperSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as Paper };
  return { ok: false, error: firstIssueMessage(parsed.error) };
}

/** Validates a whole dataset; the message names the paper (counted from 1) and field that are wrong. */
export function validateDataset(value: unknown): Result<Dataset> {
  const parsed = datasetSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as Dataset };
  return { ok: false, error: firstIssueMessage(parsed.error) };
}
