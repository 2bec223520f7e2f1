import { createSecretBox } from '../../platform/crypto.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import { createInvitationsRepository } from './invitations.repository.js';
import { createInvitationsService, type InvitationsService } from './invitations.service.js';
import { createMembersRepository, type MembersRepository } from './members.repository.js';
import { createMembersService, type MemberRemovedHook, type MembersService } from './members.service.js';
import { cacheWorkspaceAccess } from './workspace-access-cache.js';
import { createWorkspacesRepository, type WorkspacesRepository } from './workspaces.repository.js';
import { workspacesRoutes } from './workspaces.routes.js';
import {
  createWorkspacesService,
  type WorkspaceCreatedHook,
  type WorkspacesService,
} from './workspaces.service.js';

export type WorkspacesServices = {
  /** Cached: roles and zones are asked for on every request (see workspace-access-cache.ts). */
  workspacesRepository: WorkspacesRepository;
  membersRepository: MembersRepository;
  workspacesService: WorkspacesService;
  membersService: MembersService;
  invitationsService: InvitationsService;
};

/** Workspaces, their members and invitations: what every other module's access rests on. */
export function createWorkspacesModule(
  platform: Platform,
  needs: {
    /** Other modules' work inside the transaction that creates a workspace (reference data). */
    onWorkspaceCreated: WorkspaceCreatedHook[];
    /** The creator's usual hourly rate (the profile module's). */
    defaultOwnerHourlyCost: (userId: string) => Promise<number | null>;
    /** Other modules' reactions to a member leaving or being removed (tracking stops their timer). */
    onMemberRemoved: MemberRemovedHook[];
  },
): CadenceModule<WorkspacesServices> {
  const { database, runInTransaction, clock, mailer, jobs, secret, settings, logger } = platform;
  const { db } = database;
  const { workspacesRepository, membersRepository } = cacheWorkspaceAccess(
    { workspacesRepository: createWorkspacesRepository(db), membersRepository: createMembersRepository(db) },
    { ttlMilliseconds: settings.accessCacheTtlMilliseconds, maxEntries: 10_000 },
  );
  const services: WorkspacesServices = {
    workspacesRepository,
    membersRepository,
    workspacesService: createWorkspacesService({
      workspacesRepository,
      runInTransaction,
      onWorkspaceCreated: needs.onWorkspaceCreated,
      defaultOwnerHourlyCost: needs.defaultOwnerHourlyCost,
    }),
    membersService: createMembersService({ membersRepository, onMemberRemoved: needs.onMemberRemoved }),
    invitationsService: createInvitationsService({
      invitationsRepository: createInvitationsRepository(db),
      membersRepository,
      runInTransaction,
      mailer,
      jobs,
      secretBox: createSecretBox(secret),
      clock,
      baseUrl: settings.baseUrl,
      logger,
    }),
  };
  return {
    services,
    registerRoutes: (app) => app.register(workspacesRoutes, services),
    jobHandlers: [{ queue: 'invitation-mail', handle: services.invitationsService.sendInvitationMail }],
  };
}
