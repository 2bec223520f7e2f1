import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { postParamsSchema, postSchema } from '../../../contracts/content.js';
import {
  approveBodySchema,
  commentBodySchema,
  postEventsSchema,
  requestChangesBodySchema,
  sendForApprovalBodySchema,
} from '../../../contracts/content-work.js';
import { canCommentOnPost, canReviewPost } from '../../../core/access/index.js';
import { requireMembership } from '../../platform/access.js';
import { forbidden } from '../../platform/problem.js';
import type { PostApprovalService } from './post-approval.service.js';

const tags = ['content'];
const write = { access: { workspace: 'write' as const } };
/**
 * The client (a viewer) reaches these writes and no other: the route lets every member in and
 * the rule of src/core/access decides (the tenant matrix lists them as the viewers' exceptions).
 */
const review = { access: { workspace: 'read' as const } };

function reviewer(
  request: FastifyRequest,
  isAllowed: (role: 'owner' | 'manager' | 'member' | 'viewer') => boolean,
) {
  const membership = requireMembership(request);
  if (!isAllowed(membership.role)) throw forbidden();
  return { workspaceId: membership.workspaceId, userId: membership.userId };
}

/** Sending a post for approval, the client's answer, the comment thread and the history. */
export const postReviewRoutes: FastifyPluginAsyncZod<{ postApprovalService: PostApprovalService }> = async (
  app,
  { postApprovalService },
) => {
  app.post('/api/workspaces/:workspaceId/posts/:postId/send-for-approval', {
    config: write,
    schema: {
      tags,
      summary: 'Send a draft or ready post to the client, with an optional proposed time',
      params: postParamsSchema,
      body: sendForApprovalBodySchema,
      response: { 200: postSchema },
    },
    handler: (request) => {
      const { workspaceId, userId } = requireMembership(request);
      return postApprovalService.sendForApproval(
        { workspaceId, userId },
        request.params.postId,
        request.body,
      );
    },
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/approve', {
    config: review,
    schema: {
      tags,
      summary: 'Approve a post (the client, a manager or an owner); scheduled at its proposed time if any',
      params: postParamsSchema,
      body: approveBodySchema,
      response: { 200: postSchema },
    },
    handler: (request) =>
      postApprovalService.approve(
        reviewer(request, canReviewPost),
        request.params.postId,
        request.body.comment,
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/request-changes', {
    config: review,
    schema: {
      tags,
      summary: 'Ask for changes, with a comment: the post goes back to draft',
      params: postParamsSchema,
      body: requestChangesBodySchema,
      response: { 200: postSchema },
    },
    handler: (request) =>
      postApprovalService.requestChanges(
        reviewer(request, canReviewPost),
        request.params.postId,
        request.body.comment,
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/comments', {
    config: review,
    schema: {
      tags,
      summary: 'Comment on a post (everyone in the workspace, the client included)',
      params: postParamsSchema,
      body: commentBodySchema,
      response: { 201: postEventsSchema },
    },
    async handler(request, reply) {
      const actor = reviewer(request, canCommentOnPost);
      return reply
        .status(201)
        .send(await postApprovalService.comment(actor, request.params.postId, request.body.comment));
    },
  });
  app.get('/api/workspaces/:workspaceId/posts/:postId/events', {
    config: review,
    schema: {
      tags,
      summary: 'Who did what to a post, and its comments, oldest first',
      params: postParamsSchema,
      response: { 200: postEventsSchema },
    },
    handler: (request) => postApprovalService.listEvents(request.params.workspaceId, request.params.postId),
  });
};
