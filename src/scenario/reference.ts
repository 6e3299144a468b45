/**
 * Exports of the scenario schema: JSON Schema for editors, and a Markdown field reference for
 * docs/scenarios.md, both generated from the zod schema so they cannot drift from it.
 */
import * as z from 'zod';
import { scenarioSchema } from './schema.js';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
};

/** JSON Schema of scenario files (the input side: fields with defaults are optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'jejaring scenario' };
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.length <= 6 ? s.enum.map((v) => JSON.stringify(v)).join(' \\| ') : 'name';
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  if (s.type === 'integer') return 'whole number';
  if (s.type === 'object') return 'mapping';
  if (s.oneOf || s.anyOf) return (s.oneOf ?? s.anyOf ?? []).map(typeOf).join(' or ');
  return Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
}

function rangeOf(s: JsonSchema): string {
  const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? String(s.maximum) : '';
  if (s.minimum === undefined && max === '') return '';
  return `${s.minimum ?? ''}..${max}`;
}

function defaultOf(s: JsonSchema): string {
  if (s.default === undefined) return '';
  if (typeof s.default === 'object' && s.default !== null && !Array.isArray(s.default)) return '';
  return `\`${JSON.stringify(s.default)}\``;
}

function rows(s: JsonSchema, prefix: string, out: string[]): void {
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const field = prefix === '' ? key : `${prefix}.${key}`;
    const desc = (child.description ?? '').replace(/\|/g, '\\|');
    out.push(`| \`${field}\` | ${typeOf(child)} | ${defaultOf(child)} | ${rangeOf(child)} | ${desc} |`);
    if (child.type === 'object' && child.properties) rows(child, field, out);
    const items = child.type === 'array' ? child.items : undefined;
    if (items?.type === 'object' && items.properties) rows(items, `${field}[]`, out);
    for (const variant of items?.oneOf ?? items?.anyOf ?? []) {
      if (variant.properties) rows(variant, `${field}[]`, out);
    }
  }
}

/** A Markdown table of every field: path, type, default, range, description. */
export function scenarioFieldReference(): string {
  const out = ['| field | type | default | range | meaning |', '|---|---|---|---|---|'];
  rows(scenarioJsonSchema() as JsonSchema, '', out);
  return out.join('\n') + '\n';
}
