import fastJsonStringify from 'fast-json-stringify';
import type { FastifyReply } from 'fastify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = { [keyword: string]: unknown };
type Serialize = (data: unknown) => string;

const primitiveTypes = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * The contract's JSON Schema (the one OpenAPI shows: zod's output side) made for
 * fast-json-stringify, which writes only the properties a schema declares (as zod's stripping
 * did) and validates nothing except to choose a branch of a union:
 * - `additionalProperties: false` dropped: zod strips the keys it does not know, so a value
 *   with extra keys must still match its union branch (fast-json-stringify asks ajv which one);
 * - a nullable primitive (`anyOf: [{ type: 'string', … }, { type: 'null' }]`) as one type list,
 *   so that no ajv check runs for every nullable field of every row.
 */
export function toSerializerSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toSerializerSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { $schema: _dialect, ...rest } = schema as JsonSchema;
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(rest)) {
    if (keyword === 'additionalProperties' && value === false) continue;
    // Names of properties (`properties`, `definitions`) are not schemas but hold them.
    result[keyword] =
      (keyword === 'properties' || keyword === 'definitions' || keyword === '$defs') &&
      value !== null &&
      typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, toSerializerSchema(child)]))
        : toSerializerSchema(value);
  }
  const anyOf = result.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const [first, second] = anyOf as JsonSchema[];
    const isNull = (option: JsonSchema | undefined) =>
      option !== undefined && option.type === 'null' && Object.keys(option).length === 1;
    const value = isNull(second) ? first : isNull(first) ? second : undefined;
    if (
      value &&
      typeof value.type === 'string' &&
      primitiveTypes.has(value.type) &&
      !('anyOf' in value) &&
      !('const' in value)
    ) {
      const { anyOf: _options, ...siblings } = result;
      const nullable: JsonSchema = { ...siblings, ...value, type: [value.type, 'null'] };
      // An enum lists its values: null must be one of them for the union's branch to be chosen.
      if (Array.isArray(value.enum)) nullable.enum = [...value.enum, null];
      return nullable;
    }
  }
  return result;
}

/** The zod schema of a response, given bare or as `{ properties: schema }` (as the zod provider accepts). */
function contractOf(schema: unknown): z.ZodType {
  if (schema instanceof z.core.$ZodType) return schema as z.ZodType;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.core.$ZodType) return properties as z.ZodType;
  throw new Error(`A response schema is not a zod schema: ${JSON.stringify(schema)}`);
}

/**
 * What zod does to an answer beyond checking it, which a JSON Schema cannot say: rewrite a value
 * (`trim()`, `toLowerCase()`: overwrite checks; transforms, pipes, defaults, catches) or merge two
 * objects (`a.and(b)`: zod writes the merged keys in another order than its JSON Schema lists them).
 */
const rewritingTypes = new Set([
  'intersection',
  'transform',
  'pipe',
  'default',
  'prefault',
  'catch',
  'custom',
]);

/** Whether zod's answer for this schema can differ from the value given (see `rewritingTypes`). */
function rewritesAnswers(schema: z.core.$ZodType, seen = new Set<unknown>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const definition = schema._zod.def as unknown as Record<string, unknown>;
  if (rewritingTypes.has(definition.type as string)) return true;
  const checks = (definition.checks ?? []) as z.core.$ZodCheck[];
  if (checks.some((check) => check._zod.def.check === 'overwrite')) return true;
  if (definition.type === 'lazy')
    return rewritesAnswers((definition.getter as () => z.core.$ZodType)(), seen);
  // Checks (refinements are schemas too) only accept or refuse: the overwrites are caught above.
  const { checks: _checks, ...parts } = definition;
  const children = Object.values(parts).flatMap((value) =>
    value instanceof z.core.$ZodType
      ? [value]
      : Array.isArray(value)
        ? value
        : value !== null && typeof value === 'object'
          ? Object.values(value)
          : [],
  );
  return children.some((child) => child instanceof z.core.$ZodType && rewritesAnswers(child, seen));
}

/** Whether an answer of this schema can be written by fast-json-stringify (exported for its test). */
export function canWriteFast(schema: z.core.$ZodType): boolean {
  return !rewritesAnswers(schema);
}

/**
 * The contract as fast-json-stringify's schema, or null when its answers must keep the zod
 * serializer (zod rewrites them, or cannot write the schema as JSON Schema).
 */
function compileFastSerializer(schema: z.ZodType): Serialize | null {
  if (!canWriteFast(schema)) return null;
  let jsonSchema: unknown;
  try {
    jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7' });
  } catch {
    return null;
  }
  return fastJsonStringify(toSerializerSchema(jsonSchema) as Parameters<typeof fastJsonStringify>[0]);
}

/**
 * Writes every answer from its zod contract's JSON Schema with fast-json-stringify instead of
 * re-checking it with zod and then `JSON.stringify`: the same bytes for every answer that meets
 * its contract (proven for every operation's schemas in response-serializer.db.test.ts), at a
 * third to a fifth of the CPU (the re-check was ~9 % of a signed-in read's CPU in a profile, see
 * bench/README.md). The handlers' types come from the same contracts, so TypeScript checks what
 * zod re-checked; only declared properties are ever written, as zod's stripping did. What is
 * given up: an answer that breaks its contract is no longer refused by a run-time check (a
 * missing required field still fails as a 500). One known difference: a record (`z.record`)
 * holding an own `__proto__` key, which zod dropped (it assigns keys one by one) and which is now
 * written. Compiled on a route's first answer, so a start does not pay for routes nobody calls.
 * A contract zod rewrites, or cannot write as JSON Schema, keeps the zod serializer.
 */
export const serializeResponse: FastifySerializerCompiler<z.ZodType> = (route) => {
  let serialize: Serialize | undefined;
  return (data) => {
    serialize ??=
      compileFastSerializer(contractOf(route.schema)) ?? (zodSerializerCompiler(route) as Serialize);
    return serialize(data);
  };
};

/**
 * Sends an answer its service already wrote as the contract's JSON text (a hot read whose bytes
 * are proven equal to what `serializeResponse` writes, in the route's own test): Fastify sends a
 * string with a JSON content type as it is, past the serializer. The route keeps its response
 * schema, which OpenAPI shows and the contract tests read.
 */
export function sendWrittenJson(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/**
 * For services writing an answer's JSON themselves (`sendWrittenJson`): a string the database wrote
 * in a fixed alphabet (a uuid, an ISO instant or date, in SQL) that JSON needs no escape for, or
 * null. Text from a person or a row goes through `JSON.stringify`.
 */
export function writePlainJsonString(value: string | null): string {
  return value === null ? 'null' : `"${value}"`;
}
