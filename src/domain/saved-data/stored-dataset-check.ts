import { ok, type Dataset, type Result } from '../model';
import { datasetSchema, paperSchema, validateDataset } from '../schema';

/**
 * Validates a dataset read back from storage. A dataset that `isPlainValidDataset` accepts is returned as it is,
 * without the copy zod makes. Any other value goes to `validateDataset`, so the result, message included, is always
 * the one zod gives.
 */
export function validateStoredDataset(value: unknown): Result<Dataset> {
  return isPlainValidDataset(value) ? ok(value) : validateDataset(value);
}

// NOTE: the rules below repeat the schemas of src/domain/schema.ts field by field, so that loading a saved dataset
// does not copy it with zod object by object (bench/profile-load.mjs times both). A change to a schema needs the
// same change here. A field missing here only turns the fast path off, because an unknown key sends the value to
// zod. The property tests of validateStoredDataset compare the two paths.

/** The check of one field and whether the field must be present. An optional field may also hold undefined. */
interface FieldRule {
  check: (value: unknown) => boolean;
  required: boolean;
}

/** The fields an object may have, each with its rule, and how many of them are required. */
interface ObjectRules {
  fields: ReadonlyMap<string, FieldRule>;
  requiredCount: number;
}

const required = (check: (value: unknown) => boolean): FieldRule => ({ check, required: true });
const optional = (check: (value: unknown) => boolean): FieldRule => ({ check, required: false });

function defineRules(fields: Record<string, FieldRule>): ObjectRules {
  const rules = Object.values(fields);
  return { fields: new Map(Object.entries(fields)), requiredCount: rules.filter((rule) => rule.required).length };
}

const isString = (value: unknown): boolean => typeof value === 'string';
const isNonEmptyString = (value: unknown): boolean => typeof value === 'string' && value.length > 0;
/** A string that `.trim().min(1)` accepts without changing it. */
const isTrimmedNonEmptyString = (value: unknown): boolean =>
  typeof value === 'string' && value.length > 0 && value.trim() === value;
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
// zod 4's numbers are finite, and its int() takes safe integers only.
const isFiniteNumber = (value: unknown): boolean => Number.isFinite(value);
const isNonNegativeNumber = (value: unknown): boolean => Number.isFinite(value) && (value as number) >= 0;
const isPercentage = (value: unknown): boolean => isNonNegativeNumber(value) && (value as number) <= 100;
const isWholeNumber = (value: unknown): boolean => Number.isSafeInteger(value);
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isStringList = (value: unknown): boolean => isListOf(value, isString);
const isOneOf = (options: readonly string[]) => {
  const allowed: ReadonlySet<unknown> = new Set(options);
  return (value: unknown): boolean => allowed.has(value);
};

const DAYS_IN_MONTH_OF_LEAP_YEAR = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads the ASCII digits from `start` to `end` as a number, or returns -1 if any is not one, as `\d` would. */
function readDigits(text: string, start: number, end: number): number {
  let number = 0;
  for (let position = start; position < end; position++) {
    const digit = text.charCodeAt(position) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Checks the `isoDate` rule, yyyy-mm-dd naming a real day, without its regular expression and string splitting. */
function isIsoCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;

  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 7);
  const day = readDigits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;

  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 && !isLeapYear ? 28 : (DAYS_IN_MONTH_OF_LEAP_YEAR[month - 1] as number);
  return day <= lastDay;
}

const REPORTED_RULES = defineRules({
  hIndex: optional(isNonNegativeNumber),
  paperCount: optional(isNonNegativeNumber),
  citations: optional(isNonNegativeNumber),
  noveltyPercent: optional(isPercentage),
  aiScore: optional(isPercentage),
});

const PROFILE_RULES = defineRules({
  name: required(isTrimmedNonEmptyString),
  primaryCategory: optional(isNonEmptyString),
  reported: required((reported) => hasValidFields(reported, REPORTED_RULES)),
  capturedOn: optional(isIsoCalendarDate),
});

const CITATION_YEAR_RULES = defineRules({ year: required(isWholeNumber), count: required(isCount) });

const isPlainValidCitationYear = (entry: unknown): boolean => hasValidFields(entry, CITATION_YEAR_RULES);

const PAPER_RULES = defineRules({
  id: required(isNonEmptyString),
  title: required(isTrimmedNonEmptyString),
  authors: required(isStringList),
  authorsTruncated: required(isBoolean),
  fullAuthors: optional(isStringList),
  affiliations: required(isStringList),
  category: optional(isNonEmptyString),
  published: optional(isIsoCalendarDate),
  datePrecision: optional(isOneOf(paperSchema.shape.datePrecision.unwrap().options)),
  score: optional(isPercentage),
  hasCode: required(isBoolean),
  codeUrl: optional(isTrimmedNonEmptyString),
  arxivId: optional(isNonEmptyString),
  arxivVersion: optional(isString),
  arxivUrl: optional(isTrimmedNonEmptyString),
  doi: optional(isNonEmptyString),
  venue: optional(isNonEmptyString),
  citations: optional(isCount),
  citationsByYear: optional((years) => isListOf(years, isPlainValidCitationYear)),
  abstract: optional(isString),
  sourceIndex: required(isCount),
});

const WARNING_RULES = defineRules({
  message: required(isString),
  line: optional(isFiniteNumber),
  record: optional(isFiniteNumber),
});

const SOURCE_RULES = defineRules({
  format: required(isOneOf(datasetSchema.shape.source.shape.format.options)),
  fileName: optional(isString),
});

const DATASET_RULES = defineRules({
  id: required(isNonEmptyString),
  name: required(isNonEmptyString),
  profile: required((profile) => hasValidFields(profile, PROFILE_RULES)),
  papers: required((papers) => isListOf(papers, (paper) => hasValidFields(paper, PAPER_RULES))),
  warnings: required((warnings) => isListOf(warnings, (warning) => hasValidFields(warning, WARNING_RULES))),
  source: required((source) => hasValidFields(source, SOURCE_RULES)),
});

/**
 * True for a dataset that `datasetSchema` accepts and would return unchanged: plain objects with no unknown keys,
 * trimmed fields already trimmed. False for every other value, valid or not, which then needs zod.
 */
export function isPlainValidDataset(value: unknown): value is Dataset {
  return hasValidFields(value, DATASET_RULES);
}

/**
 * Checks an object literal or structured clone key by key, in one pass: every own key needs a rule, which zod
 * would otherwise drop, and every required field must be present.
 */
function hasValidFields(value: unknown, rules: ObjectRules): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;

  let requiredSeen = 0;
  for (const key in value) {
    const rule = rules.fields.get(key);
    if (rule === undefined) return false;

    const field = (value as Record<string, unknown>)[key];
    if (field === undefined && !rule.required) continue;
    if (!rule.check(field)) return false;
    if (rule.required) requiredSeen++;
  }
  return requiredSeen === rules.requiredCount;
}

function isListOf(value: unknown, isItem: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;

  for (let index = 0; index < value.length; index++) if (!isItem(value[index])) return false;
  return true;
}
