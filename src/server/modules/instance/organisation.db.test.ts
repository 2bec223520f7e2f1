import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { multipartFile } from '../../testing/multipart-file.js';
import { pdfText, squeeze } from '../../testing/pdf-text.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

let context: TestContext;
let administrator: TestUser;
let manager: TestUser;
let workspaceId: string;

const organisation = '/api/instance/organisation';

const uploadLogo = (bytes: Buffer, fileName: string, type: string, user: TestUser = administrator) =>
  as(context.app, user, {
    method: 'POST',
    url: `${organisation}/logo`,
    ...multipartFile(bytes, fileName, type),
  });

const clientReport = async (locale: 'fr' | 'en' = 'fr') => {
  const response = await as(context.app, manager, {
    method: 'GET',
    url: `/api/workspaces/${workspaceId}/client-report.pdf?locale=${locale}`,
  });
  expect(response.statusCode).toBe(200);
  return response.rawPayload;
};

/** A wide transparent logo (PNG) and an opaque photo-like one (WebP), bigger than what is kept. */
const transparentPng = () =>
  sharp({
    create: { width: 1600, height: 400, channels: 4, background: { r: 20, g: 90, b: 200, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
const opaqueWebp = () =>
  sharp({ create: { width: 1200, height: 1200, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .webp()
    .toBuffer();

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-04-03T14:00:00Z'));
  // The instance's first account administers it; the agency's manager is another account.
  administrator = await signUp(context.app, { name: 'Admin' });
  manager = await signUp(context.app, { name: 'Hélène Agence' });
  workspaceId = await createWorkspaceFor(context.app, manager, 'Boulangerie Éloïse');
});

describe('the organisation profile', () => {
  it('starts empty, and the client report then reads as before (no header, no footer)', async () => {
    const profile = await as(context.app, administrator, { method: 'GET', url: organisation });
    expect(profile.json()).toEqual({ name: '', website: '', contactLine: '', logo: null });
    expect(
      (await as(context.app, administrator, { method: 'GET', url: `${organisation}/logo` })).statusCode,
    ).toBe(404);
    const text = squeeze(await pdfText(await clientReport()));
    expect(text).toContain('Cadence Rapport mensuel · Boulangerie Éloïse');
    expect(text).not.toContain('Page 1 sur');
  });

  it('puts the name, the client and the contact line on every page of the client report, logo embedded', async () => {
    const saved = await as(context.app, administrator, {
      method: 'PUT',
      url: organisation,
      payload: {
        name: '  Agence Lumière  ',
        website: 'https://lumiere.example',
        contactLine: 'bonjour@lumiere.example · 01 23 45 67 89',
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'Agence Lumière', website: 'https://lumiere.example' });
    const uploaded = await uploadLogo(await transparentPng(), 'logo.png', 'image/png');
    expect(uploaded.statusCode).toBe(201);
    // Transparency kept (PNG), long edge brought down to 800.
    expect(uploaded.json().logo).toMatchObject({ mimeType: 'image/png', width: 800, height: 200 });
    const logo = await as(context.app, administrator, { method: 'GET', url: `${organisation}/logo` });
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect((await sharp(logo.rawPayload).metadata()).width).toBe(800);

    const pdf = await clientReport('fr');
    const pages = (await pdfText(pdf)).split('\n').map(squeeze);
    for (const [index, page] of pages.entries()) {
      expect(page).toContain('Agence Lumière Boulangerie Éloïse');
      expect(page).toContain('bonjour@lumiere.example · 01 23 45 67 89 · https://lumiere.example');
      expect(page).toContain(`Page ${index + 1} sur ${pages.length}`);
    }
    // The header replaces Cadence's own kicker; the logo is an image of the file.
    expect(pages[0]).not.toContain('Cadence Rapport mensuel');
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(squeeze(await pdfText(await clientReport('en')))).toContain('Page 1 of');

    // The weekly review, readable by any member, carries the same header.
    const review = await as(context.app, manager, {
      method: 'GET',
      url: `/api/workspaces/${workspaceId}/review/export.pdf?week=2026-03-23&locale=en`,
    });
    expect(squeeze(await pdfText(review.rawPayload))).toContain('Agence Lumière Boulangerie Éloïse');
  });

  it('re-encodes an opaque WebP logo to JPEG, replaces it, and deletes it', async () => {
    const uploaded = await uploadLogo(await opaqueWebp(), 'logo.webp', 'image/webp');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      name: '',
      logo: { mimeType: 'image/jpeg', width: 800, height: 800 },
    });
    // A logo alone is enough to brand the report (no name yet).
    expect(squeeze(await pdfText(await clientReport()))).toContain('Page 1 sur');

    const removed = await as(context.app, administrator, { method: 'DELETE', url: `${organisation}/logo` });
    expect(removed.statusCode).toBe(204);
    expect(
      (await as(context.app, administrator, { method: 'GET', url: organisation })).json().logo,
    ).toBeNull();
    expect(
      (await as(context.app, administrator, { method: 'DELETE', url: `${organisation}/logo` })).statusCode,
    ).toBe(404);
    expect(squeeze(await pdfText(await clientReport()))).not.toContain('Page 1 sur');
  });

  it('removes the whole profile: reports go unbranded', async () => {
    await as(context.app, administrator, {
      method: 'PUT',
      url: organisation,
      payload: { name: 'Agence Lumière' },
    });
    await uploadLogo(await transparentPng(), 'logo.png', 'image/png');
    expect((await as(context.app, administrator, { method: 'DELETE', url: organisation })).statusCode).toBe(
      204,
    );
    expect((await as(context.app, administrator, { method: 'GET', url: organisation })).json()).toEqual({
      name: '',
      website: '',
      contactLine: '',
      logo: null,
    });
    expect(squeeze(await pdfText(await clientReport()))).not.toContain('Agence Lumière');
  });

  it('refuses SVG, GIF, a false type, too big a file and bad details, with a problem a person understands', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    );
    const refusedSvg = await uploadLogo(svg, 'logo.svg', 'image/svg+xml');
    expect(refusedSvg.statusCode).toBe(415);
    expect(refusedSvg.headers['content-type']).toContain('application/problem+json');
    expect(refusedSvg.json()).toMatchObject({ code: 'logo_type_not_supported' });
    // The declared type is not believed: an SVG named .png is still refused.
    expect((await uploadLogo(svg, 'logo.png', 'image/png')).statusCode).toBe(415);
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    expect((await uploadLogo(gif, 'logo.gif', 'image/gif')).json()).toMatchObject({
      code: 'logo_type_not_supported',
    });
    const huge = Buffer.alloc(3 * 1024 * 1024, 1);
    const tooLarge = await uploadLogo(huge, 'logo.png', 'image/png');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'logo_too_large' });
    const notMultipart = await as(context.app, administrator, {
      method: 'POST',
      url: `${organisation}/logo`,
      payload: { file: 'x' },
    });
    expect(notMultipart.statusCode).toBe(415);

    for (const payload of [
      { name: '' },
      { name: 'A', website: 'javascript:alert(1)' },
      { name: 'x'.repeat(121) },
    ]) {
      const refused = await as(context.app, administrator, { method: 'PUT', url: organisation, payload });
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect(
      (await as(context.app, administrator, { method: 'GET', url: organisation })).json().logo,
    ).toBeNull();
  });

  it('is for the instance administrators only: a workspace owner gets 403 on every route', async () => {
    await as(context.app, administrator, {
      method: 'PUT',
      url: organisation,
      payload: { name: 'Agence Lumière' },
    });
    await uploadLogo(await transparentPng(), 'logo.png', 'image/png');
    const attempts = [
      as(context.app, manager, { method: 'GET', url: organisation }),
      as(context.app, manager, { method: 'PUT', url: organisation, payload: { name: 'Pirate' } }),
      as(context.app, manager, { method: 'DELETE', url: organisation }),
      as(context.app, manager, { method: 'GET', url: `${organisation}/logo` }),
      as(context.app, manager, { method: 'DELETE', url: `${organisation}/logo` }),
      uploadLogo(await opaqueWebp(), 'logo.webp', 'image/webp', manager),
      as(context.app, null, { method: 'GET', url: `${organisation}/logo` }),
    ];
    const statuses = (await Promise.all(attempts)).map((response) => response.statusCode);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 401]);
    const profile = (await as(context.app, administrator, { method: 'GET', url: organisation })).json();
    expect(profile).toMatchObject({ name: 'Agence Lumière', logo: { mimeType: 'image/png' } });
  });

  it('is instance data: a workspace archive carries none of it', async () => {
    await as(context.app, administrator, {
      method: 'PUT',
      url: organisation,
      payload: { name: 'Agence Lumière' },
    });
    await uploadLogo(await transparentPng(), 'logo.png', 'image/png');
    const exported = await as(context.app, manager, {
      method: 'GET',
      url: `/api/workspaces/${workspaceId}/export`,
    });
    expect(exported.statusCode).toBe(200);
    const archive = JSON.parse(gunzipSync(exported.rawPayload).toString('utf8'));
    expect(archive.tables.map((table: { name: string }) => table.name)).not.toContain('organisation_profile');
    expect(JSON.stringify(archive)).not.toContain('Agence Lumière');
  });
});
