import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  createPostBodySchema,
  dueByHandSchema,
  markPublishedBodySchema,
  movePostBodySchema,
  postParamsSchema,
  postSchema,
  postsQuerySchema,
  postVersionParamsSchema,
  schedulePostBodySchema,
  updatePostBodySchema,
} from '../../../contracts/content.js';
import { calendarPostSchema, calendarPostsQuerySchema } from '../../../contracts/content-calendar.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import { sendWrittenJson } from '../../platform/response-serializer.js';
import type { CalendarPostsService } from './calendar-posts.service.js';
import type { PostsService } from './posts.service.js';
import type { SchedulePostService } from './schedule-post.service.js';

const tags = ['content'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };

export const postsRoutes: FastifyPluginAsyncZod<{
  postsService: PostsService;
  calendarPostsService: CalendarPostsService;
  schedulePostService: SchedulePostService;
}> = async (app, { postsService, calendarPostsService, schedulePostService }) => {
  app.get('/api/workspaces/:workspaceId/posts', {
    config: read,
    schema: {
      tags,
      summary: 'Posts, by time (local dates of the workspace, `to` excluded), then undated drafts',
      params: workspaceParamsSchema,
      querystring: postsQuerySchema,
      response: { 200: z.array(postSchema) },
    },
    handler: (request) => postsService.listPosts(request.params.workspaceId, request.query),
  });
  app.get('/api/workspaces/:workspaceId/posts/calendar', {
    config: read,
    schema: {
      tags,
      summary:
        "The editorial calendar: posts of a period (local dates, `to` excluded) with their versions' states, an excerpt of their text",
      params: workspaceParamsSchema,
      querystring: calendarPostsQuerySchema,
      response: { 200: z.array(calendarPostSchema) },
    },
    // Written by the service as the contract's JSON (see writeCalendarPost): sent as it is.
    async handler(request, reply) {
      return sendWrittenJson(
        reply,
        await calendarPostsService.listAsJson(request.params.workspaceId, request.query),
      );
    },
  });
  app.get('/api/workspaces/:workspaceId/posts/due-by-hand', {
    config: read,
    schema: {
      tags,
      summary: 'Versions to publish by hand now, with the text to copy',
      params: workspaceParamsSchema,
      response: { 200: dueByHandSchema },
    },
    handler: (request) => schedulePostService.listDueByHand(request.params.workspaceId),
  });
  app.get('/api/workspaces/:workspaceId/posts/:postId', {
    config: read,
    schema: { tags, params: postParamsSchema, response: { 200: postSchema } },
    handler: (request) => postsService.findPost(request.params.workspaceId, request.params.postId),
  });
  app.post('/api/workspaces/:workspaceId/posts', {
    config: write,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: createPostBodySchema,
      response: { 201: postSchema },
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      return reply
        .status(201)
        .send(await postsService.createPost(request.params.workspaceId, userId, request.body));
    },
  });
  app.patch('/api/workspaces/:workspaceId/posts/:postId', {
    config: write,
    schema: { tags, params: postParamsSchema, body: updatePostBodySchema, response: { 200: postSchema } },
    handler: (request) =>
      postsService.updatePost(
        request.params.workspaceId,
        request.params.postId,
        request.body,
        requireMembership(request).userId,
      ),
  });
  app.delete('/api/workspaces/:workspaceId/posts/:postId', {
    config: write,
    schema: { tags, params: postParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await postsService.deletePost(request.params.workspaceId, request.params.postId);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/schedule', {
    config: write,
    schema: {
      tags,
      summary: 'Schedule at a date and time of the workspace; refused over a network limit',
      params: postParamsSchema,
      body: schedulePostBodySchema,
      response: { 200: postSchema },
    },
    handler: (request) =>
      schedulePostService.schedulePost(
        request.params.workspaceId,
        request.params.postId,
        request.body,
        requireMembership(request).userId,
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/move', {
    config: write,
    schema: {
      tags,
      summary: 'Move a scheduled post to another day, keeping its time of day',
      params: postParamsSchema,
      body: movePostBodySchema,
      response: { 200: postSchema },
    },
    handler: (request) =>
      schedulePostService.movePost(
        request.params.workspaceId,
        request.params.postId,
        request.body.date,
        requireMembership(request).userId,
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/queue', {
    config: write,
    schema: {
      tags,
      summary: 'Add to queue: the next free posting slot of its networks',
      params: postParamsSchema,
      response: { 200: postSchema },
    },
    handler: (request) =>
      schedulePostService.queuePost(
        request.params.workspaceId,
        request.params.postId,
        requireMembership(request).userId,
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/unschedule', {
    config: write,
    schema: { tags, params: postParamsSchema, response: { 200: postSchema } },
    handler: (request) =>
      schedulePostService.unschedulePost(
        request.params.workspaceId,
        request.params.postId,
        requireMembership(request).userId,
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/:postId/versions/:network/published', {
    config: write,
    schema: {
      tags,
      summary: 'Mark a version as published by hand, with the post’s URL',
      params: postVersionParamsSchema,
      body: markPublishedBodySchema,
      response: { 200: postSchema },
    },
    handler: (request) => {
      const { userId } = requireMembership(request);
      const { workspaceId, postId, network } = request.params;
      return schedulePostService.markPublished(workspaceId, userId, postId, network, request.body.url);
    },
  });
};
