import { z } from 'zod';
import { roles } from '../core/access/roles.js';
import {
  centsSchema,
  currencySchema,
  isoInstantSchema,
  localeSchema,
  requireSomethingToChange,
  timeZoneSchema,
  uuidSchema,
} from './common.js';

export { roles };
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
export const invitableRoleSchema = z.enum(['manager', 'member', 'viewer']);

export const workspaceNameSchema = z.string().trim().min(1).max(80);

/** From 1 minute to a day: past that, a post is stale news rather than late. */
export const publishingLatenessSchema = z.number().int().min(1).max(1440);

const workspaceFields = {
  name: workspaceNameSchema,
  timeZone: timeZoneSchema,
  currency: currencySchema,
  locale: localeSchema,
};

export const createWorkspaceBodySchema = z.object({
  ...workspaceFields,
  currency: currencySchema.default('EUR'),
  locale: localeSchema.default('fr'),
});
export type CreateWorkspaceBody = z.infer<typeof createWorkspaceBodySchema>;

// Built from the bare fields: a partial of the create schema would fill its defaults in and
// silently reset the currency and locale of every workspace renamed.
export const updateWorkspaceBodySchema = requireSomethingToChange(
  z
    .object({
      ...workspaceFields,
      /** A publication more than this many minutes after its time is not sent but marked missed. */
      publishingLatenessMinutes: publishingLatenessSchema,
      /** Agencies: posts are scheduled only once the client (a viewer) approved them. */
      postsNeedApproval: z.boolean(),
    })
    .partial(),
);
export type UpdateWorkspaceBody = z.infer<typeof updateWorkspaceBodySchema>;

export const workspaceSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  locale: localeSchema,
  publishingLatenessMinutes: z.number().int(),
  isDemo: z.boolean(),
  postsNeedApproval: z.boolean(),
  role: roleSchema,
  createdAt: isoInstantSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceParamsSchema = z.object({ workspaceId: uuidSchema });

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  hourlyCostCents: centsSchema.nullable(),
  joinedAt: isoInstantSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const memberParamsSchema = workspaceParamsSchema.extend({ userId: z.string().min(1).max(64) });

export const updateMemberBodySchema = z
  .object({ role: roleSchema, hourlyCostCents: centsSchema.nullable() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: 'Nothing to change' });
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

export const createInvitationBodySchema = z.object({
  email: z.email().trim().toLowerCase().max(254),
  role: invitableRoleSchema.default('member'),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;

export const invitationSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  role: invitableRoleSchema,
  expiresAt: isoInstantSchema,
  createdAt: isoInstantSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Returned once, when the invitation is created: the only time the link is known. */
/** `emailSent`: a mail is on its way (queued as a job, retried while SMTP is down); false without SMTP. */
export const createdInvitationSchema = invitationSchema.extend({ link: z.url(), emailSent: z.boolean() });
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationParamsSchema = workspaceParamsSchema.extend({ invitationId: uuidSchema });
export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });

export const invitationPreviewSchema = z.object({
  workspaceName: z.string(),
  inviterName: z.string(),
  email: z.string(),
  role: invitableRoleSchema,
  expiresAt: isoInstantSchema,
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
