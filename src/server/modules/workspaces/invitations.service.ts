import type { Logger } from 'pino';
import type { InvitationMailJob } from '../../../contracts/jobs.js';
import type {
  CreatedInvitation,
  CreateInvitationBody,
  InvitationPreview,
} from '../../../contracts/workspaces.js';
import type { CurrentMembership, CurrentUser } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import { createUrlToken, hashToken, type SecretBox } from '../../platform/crypto.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
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
  jobs,
  secretBox,
  clock,
  baseUrl,
  logger,
}: {
  invitationsRepository: InvitationsRepository;
  membersRepository: MembersRepository;
  runInTransaction: RunInTransaction;
  mailer: Mailer;
  jobs: Pick<CadenceJobs, 'send'>;
  /** Seals the link inside the queued job: it carries the token, stored elsewhere only hashed. */
  secretBox: SecretBox;
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
      const link = `${baseUrl}/invite/${token}`;
      // The invitation and its mail commit together; the mail is sent by a job, retried while
      // the SMTP server is slow or down, so the request never waits on it nor fails with it.
      const invitation = await runInTransaction(async (tx) => {
        const created = await invitationsRepository.upsertOpen(tx, {
          workspaceId: actor.workspaceId,
          email: body.email,
          role: body.role,
          tokenHash: hashToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(clock.now().getTime() + invitationLifetimeMs),
        });
        if (mailer.isConfigured)
          await jobs.send(
            'invitation-mail',
            {
              version: 1,
              invitationId: created.id,
              to: body.email,
              inviterName: actor.inviterName,
              workspaceName: actor.workspaceName,
              sealedLink: secretBox.seal(link),
            },
            { tx, idempotencyKey: created.id },
          );
        return created;
      });
      // Never the link: it is a bearer token, and logs travel further than the person invited.
      logger.info({ workspaceId: actor.workspaceId }, 'invitation created');
      return { ...invitation, link, emailSent: mailer.isConfigured };
    },

    /**
     * The invitation-mail job: sends the link unless the invitation was accepted, revoked or
     * renewed (a renewal revokes the old one and queues its own mail) or has expired meanwhile.
     */
    async sendInvitationMail(job: InvitationMailJob): Promise<void> {
      const invitation = await invitationsRepository.findOpenById(job.invitationId);
      if (!invitation || invitation.expiresAt <= clock.now()) return;
      const link = secretBox.open(job.sealedLink);
      await mailer.send({
        to: job.to,
        subject: `${job.inviterName} vous invite sur Cadence / invites you to Cadence`,
        text: [
          `${job.inviterName} vous invite à rejoindre « ${job.workspaceName} » sur Cadence.`,
          `${job.inviterName} invites you to join "${job.workspaceName}" on Cadence.`,
          '',
          link,
        ].join('\n'),
      });
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
