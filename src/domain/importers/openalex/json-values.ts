/** A parsed JSON object; `JSON.parse` gives only plain objects, so any non-null, non-array object is one. */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Returns the string with runs of white space folded to one space, or undefined when it is not a string or is blank. */
export function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;

  const folded = value.replace(/\s+/g, ' ').trim();
  return folded === '' ? undefined : folded;
}

/** Names the JSON type of a value for messages: "a number", "an array", "null". */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}
