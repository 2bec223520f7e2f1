import { z } from 'zod';
import { isoInstantSchema, uuidSchema } from './common.js';

export const apiTokenSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  /** The token's first characters (`cad_AbCd…`), to tell tokens apart; the token itself is never shown again. */
  hint: z.string(),
  /** The workspaces it reaches that still exist and where its person is still a member. */
  workspaces: z.array(z.object({ id: uuidSchema, name: z.string(), currency: z.string() })),
  createdAt: isoInstantSchema,
  /** To the minute: written at most once a minute. */
  lastUsedAt: isoInstantSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(80),
  workspaceIds: z
    .array(uuidSchema)
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each workspace once' }),
});
export type CreateApiTokenBody = z.infer<typeof createApiTokenBodySchema>;

/** The one answer that carries the token: shown once, then only its SHA-256 is kept. */
export const createdApiTokenSchema = z.object({ token: z.string(), apiToken: apiTokenSchema });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const apiTokenParamsSchema = z.object({ tokenId: uuidSchema });
