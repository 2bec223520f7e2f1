import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  createdInvitationSchema,
  createInvitationBodySchema,
  createWorkspaceBodySchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenParamsSchema,
  memberParamsSchema,
  memberSchema,
  updateMemberBodySchema,
  updateWorkspaceBodySchema,
  workspaceParamsSchema,
  workspaceSchema,
} from '../../../contracts/workspaces.js';
import { requireMembership, requireUser } from '../../platform/access.js';
import type { InvitationsService } from './invitations.service.js';
import type { MembersService } from './members.service.js';
import type { WorkspacesService } from './workspaces.service.js';

const tags = ['workspaces'];

export const workspacesRoutes: FastifyPluginAsyncZod<{
  workspacesService: WorkspacesService;
  membersService: MembersService;
  invitationsService: InvitationsService;
}> = async (app, { workspacesService, membersService, invitationsService }) => {
  app.get('/api/workspaces', {
    config: { access: 'user' },
    schema: { tags, summary: 'The workspaces I belong to', response: { 200: z.array(workspaceSchema) } },
    handler: (request) => workspacesService.listWorkspaces(requireUser(request).id),
  });

  app.post('/api/workspaces', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create a workspace (I become its owner)',
      body: createWorkspaceBodySchema,
      response: { 201: workspaceSchema },
    },
    async handler(request, reply) {
      const userId = requireUser(request).id;
      const workspaceId = await workspacesService.createWorkspace(userId, request.body);
      return reply.status(201).send(await workspacesService.getWorkspace(workspaceId, userId));
    },
  });

  app.get('/api/workspaces/:workspaceId', {
    config: { access: { workspace: 'read' } },
    schema: { tags, params: workspaceParamsSchema, response: { 200: workspaceSchema } },
    handler: (request) => workspacesService.getWorkspace(request.params.workspaceId, requireUser(request).id),
  });

  app.patch('/api/workspaces/:workspaceId', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: updateWorkspaceBodySchema,
      response: { 200: workspaceSchema },
    },
    handler: (request) =>
      workspacesService.updateWorkspace(request.params.workspaceId, requireUser(request).id, request.body),
  });

  app.delete('/api/workspaces/:workspaceId', {
    config: { access: { workspace: 'own' } },
    schema: {
      tags,
      summary: 'Delete the workspace and everything in it',
      params: workspaceParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await workspacesService.deleteWorkspace(request.params.workspaceId);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/workspaces/:workspaceId/members', {
    config: { access: { workspace: 'read' } },
    schema: { tags, params: workspaceParamsSchema, response: { 200: z.array(memberSchema) } },
    handler: (request) => membersService.listMembers(request.params.workspaceId),
  });

  app.patch('/api/workspaces/:workspaceId/members/:userId', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: "Change a member's role or hourly cost",
      params: memberParamsSchema,
      body: updateMemberBodySchema,
      response: { 200: memberSchema },
    },
    handler: (request) =>
      membersService.updateMember(requireMembership(request), request.params.userId, request.body),
  });

  app.delete('/api/workspaces/:workspaceId/members/:userId', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Remove a member',
      params: memberParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await membersService.removeMember(requireMembership(request), request.params.userId);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/workspaces/:workspaceId/leave', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Leave the workspace (any role; a last owner cannot)',
      params: workspaceParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      const membership = requireMembership(request);
      await membersService.removeMember(membership, membership.userId);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/workspaces/:workspaceId/invitations', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Open invitations',
      params: workspaceParamsSchema,
      response: { 200: z.array(invitationSchema) },
    },
    handler: (request) => invitationsService.listOpenInvitations(request.params.workspaceId),
  });

  app.post('/api/workspaces/:workspaceId/invitations', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Invite someone by email; the link is returned once',
      params: workspaceParamsSchema,
      body: createInvitationBodySchema,
      response: { 201: createdInvitationSchema },
    },
    async handler(request, reply) {
      const user = requireUser(request);
      const workspace = await workspacesService.getWorkspace(request.params.workspaceId, user.id);
      const created = await invitationsService.invite(
        { ...requireMembership(request), inviterName: user.name, workspaceName: workspace.name },
        request.body,
      );
      return reply.status(201).send(created);
    },
  });

  app.delete('/api/workspaces/:workspaceId/invitations/:invitationId', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Revoke an invitation',
      params: invitationParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await invitationsService.revokeInvitation(request.params.workspaceId, request.params.invitationId);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/invitations/:token', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'What an invitation link is for (before signing in)',
      params: invitationTokenParamsSchema,
      response: { 200: invitationPreviewSchema },
    },
    handler: (request) => invitationsService.previewInvitation(request.params.token),
  });

  app.post('/api/invitations/:token/accept', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Accept an invitation with the signed-in account',
      params: invitationTokenParamsSchema,
      response: { 200: z.object({ workspaceId: z.uuid() }) },
    },
    handler: (request) => invitationsService.acceptInvitation(request.params.token, requireUser(request)),
  });
};
