import { z } from 'zod';

import type { Result } from '../model';
import { normalizePaperIds, SORT_KEYS, type ViewState } from '../query/view-state';

const year = z.number().int();

export const viewStateSchema = z.object({
  filters: z.object({
    search: z.string(),
    categories: z.array(z.string()),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    hasCode: z.boolean(),
    scoredOnly: z.boolean(),
    coauthor: z.string().min(1).optional(),
    authorship: z.enum(['first', 'last']).optional(),
  }),
  sort: z.object({ key: z.enum(SORT_KEYS as [string, ...string[]]), direction: z.enum(['asc', 'desc']) }),
  selection: z.object({ year: year.optional(), category: z.string().optional() }),
  // Views saved before papers could be set aside lack the field, so they read as setting nothing aside.
  setAside: z
    .array(z.string().min(1))
    .optional()
    .transform((ids) => normalizePaperIds(ids ?? [])),
});

/** Validates a stored view; the message names the first field that is wrong. */
export function parseViewState(value: unknown): Result<ViewState> {
  const parsed = viewStateSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as ViewState };

  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'the view';
  return { ok: false, error: `Invalid view at ${field}: ${issue?.message ?? 'invalid value'}.` };
}

export { isDefaultViewState } from '../query/view-state';
