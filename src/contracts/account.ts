import { z } from 'zod';

const workspaceNameSchema = z.object({ id: z.uuid(), name: z.string() });

/**
 * What deleting my account does to each workspace I belong to, shown before I confirm:
 * workspaces where I am alone go with me, those where I am the only owner among other people
 * block the deletion until I name another owner, and I simply leave the others.
 */
export const accountDeletionPlanSchema = z.object({
  deletedWorkspaces: z.array(workspaceNameSchema),
  workspacesNeedingOwner: z.array(workspaceNameSchema),
  leftWorkspaces: z.array(workspaceNameSchema),
});
export type AccountDeletionPlan = z.infer<typeof accountDeletionPlanSchema>;

/** How a forgotten password is reset on this server: by mail, or by the administrator. */
export const passwordResetOptionsSchema = z.object({ byMail: z.boolean() });
export type PasswordResetOptions = z.infer<typeof passwordResetOptionsSchema>;
