import { z } from 'zod';
import { centsSchema, localeSchema } from './common.js';
import { networkKeySchema } from './networks.js';
import { createWorkspaceBodySchema, workspaceSchema } from './workspaces.js';

/** A person's name, wherever it is given (sign-up, profile): 1 to 80 characters once trimmed. */
export const personNameSchema = z.string().trim().min(1).max(80);
/** A profile picture: an http(s) address only (never `javascript:` or `data:`), or none. */
export const pictureUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Expected an http(s) address' })
  .max(2048)
  .nullable();

/**
 * The fields of a person that better-auth stores (sign-up, update-user), under Cadence's rules;
 * the auth adapter applies them before better-auth sees the body.
 */
export const accountFieldsSchema = z.object({ name: personNameSchema, image: pictureUrlSchema.optional() });

export const userKinds = ['freelancer', 'small_business', 'agency', 'community_manager'] as const;
export const userKindSchema = z.enum(userKinds);
export type UserKind = z.infer<typeof userKindSchema>;

export const meSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  profile: z.object({
    locale: localeSchema.nullable(),
    kind: userKindSchema.nullable(),
    defaultHourlyRateCents: centsSchema.nullable(),
    onboarded: z.boolean(),
    lastWorkspaceId: z.string().nullable(),
  }),
  workspaces: z.array(workspaceSchema),
});
export type Me = z.infer<typeof meSchema>;

/** GET /api/session: the signed-in person, or `null` for a visitor. */
export const sessionSchema = z.object({ me: meSchema.nullable() });

export const updateMeBodySchema = z
  .object({
    name: personNameSchema,
    locale: localeSchema,
    lastWorkspaceId: z.uuid(),
    /** What an hour of my work is worth: the owner's cost in the workspaces I create next. */
    defaultHourlyRateCents: centsSchema.nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: 'Nothing to change' });
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;

export const onboardingBodySchema = z.object({
  kind: userKindSchema,
  workspace: createWorkspaceBodySchema,
  networks: z.array(networkKeySchema).max(12).default([]),
  hourlyRateCents: centsSchema.nullable().default(null),
});
export type OnboardingBody = z.infer<typeof onboardingBodySchema>;
