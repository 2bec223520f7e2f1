import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';
import { postVersions } from './content.table.js';
import { loadPublicationParts } from './publication-parts.js';

let context: TestContext;
let owner: TestUser;
let workspaceId: string;
let postId: string;

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: object, user = owner) =>
  as(context.app, user, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': 'en' },
  });

/** A multipart/form-data body with one file, as a browser's FormData sends it. */
function multipart(bytes: Buffer, fileName: string, type: string) {
  const boundary = `----cadence${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const payload = Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (bytes: Buffer, fileName = 'photo.jpg', type = 'image/jpeg', user = owner, post = postId) => {
  const body = multipart(bytes, fileName, type);
  return as(context.app, user, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/posts/${post}/media`,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': 'en' },
  });
};

/** Noise compresses badly: a photo-sized JPEG of several megabytes, with a GPS position in EXIF. */
async function largeJpegWithGps(width = 3200, height = 2400) {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Copyright: 'Camera owner', Make: 'PhoneMaker' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 24/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 7/1',
      },
    })
    .toBuffer();
}

const smallPng = (seed: number) =>
  sharp({
    create: { width: 64, height: 48, channels: 4, background: { r: seed, g: 80, b: 120, alpha: 0.5 } },
  })
    .png()
    .toBuffer();

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-20T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner);
  await as(context.app, owner, {
    method: 'PUT',
    url: `/api/workspaces/${workspaceId}/strategy/networks`,
    payload: {
      networks: [
        { network: 'bluesky', targetPostsPerWeek: 2, priority: 1 },
        { network: 'linkedin', targetPostsPerWeek: 2, priority: 2 },
      ],
    },
  });
  const post = await call('POST', '/posts', {
    text: 'Nouvelle carte de saison',
    versions: [{ network: 'bluesky' }, { network: 'linkedin' }],
  });
  postId = post.json().id;
});

describe('post images', () => {
  it('stores an upload cleaned (EXIF and GPS gone) and serves it only as an image', async () => {
    const original = await largeJpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload(original, 'vacances été.jpg');
    expect(response.statusCode).toBe(201);
    const media = response.json();
    expect(media).toMatchObject({ mimeType: 'image/jpeg', width: 3200, height: 2400, altText: '' });

    const served = await call('GET', `/media/${media.id}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toBe(
      `inline; filename="vacances _t_.jpg"; filename*=UTF-8''${encodeURIComponent('vacances été.jpg')}`,
    );
    const metadata = await sharp(served.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.width).toBe(3200);

    const download = await call('GET', `/media/${media.id}?download=true`);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('makes a large photo fit Bluesky: at most 2,000,000 bytes and 2000 px, alt text carried', async () => {
    const original = await largeJpegWithGps();
    expect(original.byteLength).toBeGreaterThan(4_000_000);
    const media = (await upload(original)).json();
    await call('PATCH', `/media/${media.id}`, { altText: '  La terrasse au soleil  ' });
    expect((await call('PATCH', `/posts/${postId}`, { mediaIds: [media.id] })).statusCode).toBe(200);

    const forBluesky = await call('GET', `/media/${media.id}?network=bluesky&download=true`);
    expect(forBluesky.rawPayload.byteLength).toBeLessThanOrEqual(2_000_000);
    const fitted = await sharp(forBluesky.rawPayload).metadata();
    expect(Math.max(fitted.width, fitted.height)).toBeLessThanOrEqual(2000);
    expect(fitted.exif).toBeUndefined();

    const [version] = await context.database.db
      .select({ id: postVersions.id })
      .from(postVersions)
      .where(and(eq(postVersions.postId, postId), eq(postVersions.network, 'bluesky')));
    const parts = await loadPublicationParts(context.database.db, workspaceId, version?.id ?? '');
    expect(parts).toHaveLength(1);
    const [image] = parts?.[0]?.images ?? [];
    expect(image?.altText).toBe('La terrasse au soleil');
    expect(image?.mimeType).toBe('image/jpeg');
    expect(image?.bytes.byteLength).toBeLessThanOrEqual(2_000_000);
    // Another workspace's id finds nothing.
    expect(
      await loadPublicationParts(context.database.db, crypto.randomUUID(), version?.id ?? ''),
    ).toBeNull();
  }, 60_000);

  it('refuses a fifth image on Bluesky, naming the network, and takes four', async () => {
    const ids: string[] = [];
    for (let seed = 0; seed < 5; seed += 1)
      ids.push((await upload(await smallPng(seed * 40), `logo${seed}.png`, 'image/png')).json().id);
    expect(new Set(ids).size).toBe(5);
    const refused = await call('PATCH', `/posts/${postId}`, { mediaIds: ids });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'too_many_images' });
    expect(refused.json().detail).toBe(
      'Bluesky takes at most 4 images per post; this one has 5. Remove some.',
    );
    // LinkedIn alone takes them (published by hand); Bluesky gets its own four.
    const versions = [
      { network: 'bluesky', text: null, mediaIds: ids.slice(0, 4) },
      { network: 'linkedin', text: null },
    ];
    const accepted = await call('PATCH', `/posts/${postId}`, { mediaIds: ids, versions });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().versions[0].mediaIds).toEqual(ids.slice(0, 4));
    // The same bytes twice are one image.
    expect((await upload(await smallPng(0), 'again.png', 'image/png')).json().id).toBe(ids[0]);
  });

  it('deletes an image and takes it out of every part that showed it', async () => {
    const media = (await upload(await smallPng(1), 'a.png', 'image/png')).json();
    const versions = [
      {
        network: 'bluesky',
        text: null,
        mediaIds: [media.id],
        thread: [{ text: 'Suite', mediaIds: [media.id] }],
      },
      { network: 'linkedin', text: null },
    ];
    await call('PATCH', `/posts/${postId}`, { mediaIds: [media.id], versions });
    expect((await call('DELETE', `/media/${media.id}`)).statusCode).toBe(204);
    const post = (await call('GET', `/posts/${postId}`)).json();
    expect(post.mediaIds).toEqual([]);
    expect(post.media).toEqual([]);
    expect(post.versions[0]).toMatchObject({ mediaIds: [], thread: [{ text: 'Suite', mediaIds: [] }] });
    expect((await call('GET', `/media/${media.id}`)).statusCode).toBe(404);
  });

  it('refuses SVG, unreadable files and oversize uploads with a clear problem', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const asSvg = await upload(svg, 'logo.svg', 'image/svg+xml');
    expect(asSvg.statusCode).toBe(415);
    expect(asSvg.json().code).toBe('image_type_not_supported');
    // The bytes decide, not the name or the announced type.
    expect((await upload(svg, 'logo.png', 'image/png')).statusCode).toBe(415);
    expect((await upload(Buffer.from('not an image'), 'x.jpg')).statusCode).toBe(415);
    const cut = await as(context.app, owner, {
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/posts/${postId}/media`,
      payload: multipart(svg, 'a.png', 'image/png').payload.subarray(0, 150),
      headers: { 'content-type': 'multipart/form-data; boundary=----x' },
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().code).toBe('image_upload_broken');

    const oversize = await upload(randomBytes(10 * 1024 * 1024 + 100 * 1024));
    expect(oversize.statusCode).toBe(413);
    expect(oversize.headers['content-type']).toContain('application/problem+json');
    expect(oversize.json()).toMatchObject({ code: 'image_too_large' });
    expect(oversize.json().detail).toMatch(/over 10 MB/);
    expect((await call('GET', `/posts/${postId}`)).json().media).toEqual([]);
  });

  it('keeps images to the members of the workspace, and uploads to those who may write', async () => {
    const media = (await upload(await smallPng(2), 'a.png', 'image/png')).json();
    const outsider = await signUp(context.app);
    await createWorkspaceFor(context.app, outsider, 'Other');
    expect((await call('GET', `/media/${media.id}`, undefined, outsider)).statusCode).toBe(404);

    const viewer = await signUp(context.app);
    const invitation = await call('POST', '/invitations', { email: viewer.email, role: 'viewer' });
    const token = invitation.json().link.split('/invite/')[1];
    await as(context.app, viewer, { method: 'POST', url: `/api/invitations/${token}/accept` });
    expect((await call('GET', `/media/${media.id}`, undefined, viewer)).statusCode).toBe(200);
    const refused = await upload(await smallPng(3), 'b.png', 'image/png', viewer);
    expect(refused.statusCode).toBe(403);
    expect((await call('PATCH', `/media/${media.id}`, { altText: 'x' }, viewer)).statusCode).toBe(403);
  });

  it('names images only of the post itself', async () => {
    const other = (
      await call('POST', '/posts', { text: 'Autre', versions: [{ network: 'linkedin' }] })
    ).json();
    const foreign = (await upload(await smallPng(4), 'a.png', 'image/png', owner, other.id)).json();
    const response = await call('PATCH', `/posts/${postId}`, { mediaIds: [foreign.id] });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('media_unknown');
  });
});

describe('threads', () => {
  const thread = (texts: string[]) => texts.map((text) => ({ text, mediaIds: [] }));

  it('keeps ordered parts per network and publishes them in that order', async () => {
    const versions = [
      {
        network: 'bluesky',
        text: 'Un fil en trois parties 1/3',
        thread: thread(['Deuxième 2/3', 'Troisième 3/3']),
      },
      { network: 'linkedin', text: null },
    ];
    const saved = await call('PATCH', `/posts/${postId}`, { versions });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().versions[0].thread.map((part: { text: string }) => part.text)).toEqual([
      'Deuxième 2/3',
      'Troisième 3/3',
    ]);
    const [version] = await context.database.db
      .select({ id: postVersions.id })
      .from(postVersions)
      .where(and(eq(postVersions.postId, postId), eq(postVersions.network, 'bluesky')));
    const parts = await loadPublicationParts(context.database.db, workspaceId, version?.id ?? '');
    expect(parts?.map((part) => part.text)).toEqual([
      'Un fil en trois parties 1/3',
      'Deuxième 2/3',
      'Troisième 3/3',
    ]);
  });

  it('refuses a thread where the network has none, and a part over the limit at scheduling', async () => {
    const onLinkedIn = await call('PATCH', `/posts/${postId}`, {
      versions: [{ network: 'linkedin', text: null, thread: thread(['Suite']) }],
    });
    expect(onLinkedIn.statusCode).toBe(422);
    expect(onLinkedIn.json().detail).toMatch(/^LinkedIn does not take a post in several parts/);

    await call('PATCH', `/posts/${postId}`, {
      versions: [{ network: 'bluesky', text: null, thread: thread(['Suite', 'x'.repeat(301)]) }],
    });
    const schedule = await call('POST', `/posts/${postId}/schedule`, { date: '2026-03-23', time: '09:00' });
    expect(schedule.statusCode).toBe(422);
    expect(schedule.json()).toMatchObject({ code: 'thread_part_too_long' });
    expect(schedule.json().detail).toBe(
      'Part 3 of the Bluesky thread has 301 characters, over its limit of 300. Shorten it to schedule the post.',
    );

    await call('PATCH', `/posts/${postId}`, {
      versions: [{ network: 'bluesky', text: null, thread: thread(['   ']) }],
    });
    const empty = await call('POST', `/posts/${postId}/schedule`, { date: '2026-03-23', time: '09:00' });
    expect(empty.json()).toMatchObject({ code: 'thread_part_empty' });
  });
});
