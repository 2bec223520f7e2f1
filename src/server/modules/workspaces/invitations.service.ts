import type { Logger } from 'pino';
import type {
  CreatedInvitation,
  CreateInvitationBody,
  InvitationPreview,
} from '../../../contracts/workspaces.js';
import type { CurrentMembership, CurrentUser } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import { createUrlToken, hashToken } from '../../platform/crypto.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { Mailer } from '../../platform/mail.js';
import { conflict, HttpProblem, notFound } from '../../platform/problem.js';
import type { InvitationsRepository } from './invitations.repository.js';
import type { MembersRepository } from './members.repository.js';

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function createInvitationsService({
  invitationsRepository,
  membersRepository,
  runInTransaction,
  mailer,
  clock,
  baseUrl,
  logger,
}: {
  invitationsRepository: InvitationsRepository;
  membersRepository: MembersRepository;
  runInTransaction: RunInTransaction;
  mailer: Mailer;
  clock: Clock;
  baseUrl: string;
  logger: Logger;
}) {
  async function findOpen(token: string) {
    const found = await invitationsRepository.findOpenByTokenHash(hashToken(token));
    if (!found) throw notFound();
    if (found.invitation.expiresAt <= clock.now()) throw new HttpProblem(410, 'invitation_expired');
    return found;
  }

  return {
    /**
     * Creates (or renews) an invitation and returns its link once. The link is mailed when SMTP is
     * configured and always logged, so a self-hoster without mail can still pass it on.
     */
    async invite(
      actor: CurrentMembership & { inviterName: string; workspaceName: string },
      body: CreateInvitationBody,
    ): Promise<CreatedInvitation> {
      if (await membersRepository.isMemberByEmail(actor.workspaceId, body.email)) {
        throw conflict('already_member', { email: body.email });
      }
      const token = createUrlToken();
      const invitation = await invitationsRepository.upsertOpen({
        workspaceId: actor.workspaceId,
        email: body.email,
        role: body.role,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt: new Date(clock.now().getTime() + invitationLifetimeMs),
      });
      const link = `${baseUrl}/invite/${token}`;
      // Never the link: it is a bearer token, and logs travel further than the person invited.
      logger.info({ workspaceId: actor.workspaceId }, 'invitation created');
      let emailSent = false;
      if (mailer.isConfigured) {
        try {
          await mailer.send({
            to: body.email,
            subject: `${actor.inviterName} vous invite sur Cadence / invites you to Cadence`,
            text: [
              `${actor.inviterName} vous invite à rejoindre « ${actor.workspaceName} » sur Cadence.`,
              `${actor.inviterName} invites you to join "${actor.workspaceName}" on Cadence.`,
              '',
              link,
            ].join('\n'),
          });
          emailSent = true;
        } catch (error) {
          // The invitation stands: the link is shown to the inviter, who can pass it on.
          logger.warn({ err: error }, 'invitation mail could not be sent');
        }
      }
      return { ...invitation, link, emailSent };
    },

    listOpenInvitations: (workspaceId: string) => invitationsRepository.listOpen(workspaceId, clock.now()),

    async revokeInvitation(workspaceId: string, invitationId: string) {
      if (!(await invitationsRepository.revoke(workspaceId, invitationId))) throw notFound();
    },

    async previewInvitation(token: string): Promise<InvitationPreview> {
      const { invitation, workspaceName, inviterName } = await findOpen(token);
      return {
        workspaceName,
        inviterName,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },

    /** Joins the invited workspace; the signed-in address must be the one invited. */
    async acceptInvitation(token: string, user: CurrentUser): Promise<{ workspaceId: string }> {
      const { invitation } = await findOpen(token);
      if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
        throw new HttpProblem(403, 'invitation_email_mismatch', { email: invitation.email });
      }
      await runInTransaction(async (tx) => {
        await membersRepository.insert(tx, invitation.workspaceId, user.id, invitation.role);
        await invitationsRepository.markAccepted(tx, invitation.id, clock.now());
      });
      return { workspaceId: invitation.workspaceId };
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
