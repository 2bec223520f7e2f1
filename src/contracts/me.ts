import { z } from 'zod';
import { centsSchema, localeSchema } from './common.js';
import { networkKeySchema } from './networks.js';
import { createWorkspaceBodySchema, workspaceSchema } from './workspaces.js';

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

export const updateMeBodySchema = z
  .object({
    name: z.string().trim().min(1).max(80),
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
