import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  organisationLimits,
  organisationProfileSchema,
  saveOrganisationBodySchema,
} from '../../../contracts/organisation.js';
import { requireUser } from '../../platform/access.js';
import { HttpProblem } from '../../platform/problem.js';
import { readUploadedFile } from '../../platform/uploaded-file.js';
import type { OrganisationProfileService } from './organisation-profile.service.js';

const tags = ['instance'];
const admin = { access: 'instance-admin' as const };
/** Room for the multipart envelope around a logo of the largest accepted size. */
const envelopeBytes = 64 * 1024;
const tooLarge = () => new HttpProblem(413, 'logo_too_large');

/** The organisation behind the instance (name, logo, contact line), for its administrators. */
export const organisationRoutes: FastifyPluginAsyncZod<{
  organisationProfileService: OrganisationProfileService;
}> = async (app, { organisationProfileService: service }) => {
  // Only the logo route reads multipart bodies (this plugin's scope), with the logo's cap.
  await app.register(multipart, {
    limits: { fileSize: organisationLimits.logoMaxBytes, files: 1, fields: 0, parts: 1, headerPairs: 50 },
  });

  app.get('/api/instance/organisation', {
    config: admin,
    schema: {
      tags,
      summary: 'The organisation named on client reports',
      response: { 200: organisationProfileSchema },
    },
    handler: () => service.readProfile(),
  });

  app.put('/api/instance/organisation', {
    config: admin,
    schema: {
      tags,
      summary: 'Sets the name, website and contact line printed on client reports',
      body: saveOrganisationBodySchema,
      response: { 200: organisationProfileSchema },
    },
    handler: (request) => service.saveDetails(request.body, requireUser(request).id),
  });

  app.delete('/api/instance/organisation', {
    config: admin,
    schema: {
      tags,
      summary: 'Removes the organisation (name, logo, contact): reports go unbranded',
      response: { 204: emptyResponseSchema },
    },
    async handler(_request, reply) {
      await service.deleteProfile();
      return reply.status(204).send(null);
    },
  });

  app.post('/api/instance/organisation/logo', {
    config: admin,
    schema: {
      tags,
      summary: 'Uploads the logo (multipart, field `file`): PNG, JPEG or WebP, 2 MB at most; SVG refused',
      consumes: ['multipart/form-data'],
      response: { 201: organisationProfileSchema },
    },
    // Refused by its announced length before a byte of it is read.
    onRequest: async (request) => {
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > organisationLimits.logoMaxBytes + envelopeBytes) throw tooLarge();
    },
    async handler(request, reply) {
      const { bytes } = await readUploadedFile(request, tooLarge);
      return reply.status(201).send(await service.saveLogo(bytes, requireUser(request).id));
    },
  });

  app.get('/api/instance/organisation/logo', {
    config: admin,
    schema: { tags, summary: 'The logo as stored (re-encoded PNG or JPEG)' },
    async handler(_request, reply) {
      const logo = await service.readLogo();
      return (
        reply
          .header('content-type', logo.mimeType)
          .header('x-content-type-options', 'nosniff')
          // The page asks with the upload's time in the address: a new logo is a new address.
          .header('cache-control', 'private, max-age=86400')
          .send(logo.bytes)
      );
    },
  });

  app.delete('/api/instance/organisation/logo', {
    config: admin,
    schema: { tags, summary: 'Removes the logo', response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await service.deleteLogo(requireUser(request).id);
      return reply.status(204).send(null);
    },
  });
};
