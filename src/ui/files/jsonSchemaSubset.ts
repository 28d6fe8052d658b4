/**
 * A small JSON Schema (2020-12) checker for exactly the keywords that
 * public/statewright.schema.json uses, so tests can hold the published schema
 * to the examples and to the restore door without a validator dependency.
 * A keyword it does not know is an error, never silently ignored.
 */

type Schema = boolean | { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KNOWN = new Set(['type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'anyOf', 'minLength', 'maxLength', '$ref']);

/** Every keyword in the schema that this checker does not implement (should be none). */
export function unsupportedKeywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return found;
  for (const [keyword, value] of Object.entries(schema)) {
    if (!ANNOTATIONS.has(keyword) && !KNOWN.has(keyword)) found.add(keyword);
    if (keyword === 'properties' || keyword === '$defs') Object.values(value as object).forEach((s) => unsupportedKeywords(s, found));
    else if (keyword === 'anyOf') (value as unknown[]).forEach((s) => unsupportedKeywords(s, found));
    else if (keyword === 'items' || keyword === 'additionalProperties') unsupportedKeywords(value, found);
  }
  return found;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/**
 * The JSON paths (`transitions[0].to`) where `value` breaks `schema`; empty when it is valid.
 * @example validate(schema, JSON.parse(text)) // []
 */
export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const name = ref.replace(/^#\/\$defs\//, '');
    const defs = (root as { $defs?: Record<string, Schema> }).$defs;
    const target = defs?.[name];
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };

  const check = (schema: Schema, v: unknown, path: string): void => {
    if (schema === true) return;
    if (schema === false) return void errors.push(`${path}: not allowed`);
    const s = schema as Record<string, unknown>;
    if (typeof s.$ref === 'string') check(resolve(s.$ref), v, path);
    if (typeof s.type === 'string' && !hasType(v, s.type)) return void errors.push(`${path}: expected ${s.type}`);
    if ('const' in s && v !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: expected one of ${s.enum.join(', ')}`);
    if (typeof v === 'string') {
      const length = [...v].length;
      if (typeof s.minLength === 'number' && length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
      if (typeof s.maxLength === 'number' && length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
    }
    if (Array.isArray(s.anyOf)) {
      const before = errors.length;
      const passes = (s.anyOf as Schema[]).some((option) => {
        const mark = errors.length;
        check(option, v, path);
        const ok = errors.length === mark;
        errors.length = mark;
        return ok;
      });
      errors.length = before;
      if (!passes) errors.push(`${path}: matches none of the allowed forms`);
    }
    if (Array.isArray(v) && s.items !== undefined) v.forEach((item, i) => check(s.items as Schema, item, `${path}[${i}]`));
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      for (const key of (s.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}.${key}: required`);
      const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, item] of Object.entries(object)) {
        const child = path ? `${path}.${key}` : key;
        if (Object.hasOwn(properties, key)) check(properties[key] as Schema, item, child);
        else if (s.additionalProperties !== undefined) check(s.additionalProperties as Schema, item, child);
      }
    }
  };

  check(root, value, '');
  return errors;
}
