import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileTextMeta, findNulCharacter } from '../../contracts/common.js';
import { HttpProblem } from './problem.js';

const fileTextKey = Object.keys(fileTextMeta)[0] as keyof typeof fileTextMeta;

/** The top-level fields of a body schema that carry a file's text (see `fileTextMeta`). */
function findFileTextKeys(schema: z.ZodType): Set<string> {
  if (!(schema instanceof z.ZodObject)) return new Set();
  const shape = schema.shape as Record<string, z.ZodType>;
  return new Set(
    Object.entries(shape)
      .filter(([, field]) => z.globalRegistry.get(field)?.[fileTextKey] === true)
      .map(([key]) => key),
  );
}

/**
 * Every route's params, query and body are checked against their zod contract, after one rule
 * shared by all of them: no NUL character (PostgreSQL cannot store it in text, and it used to
 * reach the database as a 500). The problem names the field so a person can fix it.
 */
export const validateRequest: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validateContract = validatorCompiler(route);
  const fileTextKeys = findFileTextKeys(route.schema);
  return (data) => {
    const path = findNulCharacter(data, fileTextKeys);
    if (path !== null)
      return {
        error: new HttpProblem(400, 'nul_character', { field: path || (route.httpPart ?? '') }, {}, [path]),
      };
    return validateContract(data);
  };
};
