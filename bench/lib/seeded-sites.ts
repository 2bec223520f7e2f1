import path from 'node:path';
import { startServer } from '../../e2e/support/server.js';
import { type SeededWorkspace, seedPageSpeedWorkspace } from './page-speed-workspace.js';

/** A built checkout served on a scratch data dir, with benchmark 8's workspace seeded in it. */
export type SeededSite = SeededWorkspace & { label: string; baseUrl: string; stop: () => Promise<void> };

/**
 * `appRoot`'s build ("this build") and, given `compareWith`, another built checkout's ("compared
 * build"), each served and seeded the same way. The caller stops them; a failure here stops those
 * already started.
 */
export async function startSeededSites(appRoot: string, compareWith?: string): Promise<SeededSite[]> {
  const builds = [{ label: 'this build', root: appRoot }];
  if (compareWith) builds.push({ label: 'compared build', root: path.resolve(compareWith) });
  const stops: Array<() => Promise<void>> = [];
  try {
    const sites: SeededSite[] = [];
    for (const { label, root } of builds) {
      const server = await startServer({}, root);
      const stop = () => server.stop();
      stops.push(stop);
      sites.push({ label, baseUrl: server.baseUrl, stop, ...(await seedPageSpeedWorkspace(server.baseUrl)) });
    }
    return sites;
  } catch (error) {
    for (const stop of stops) await stop();
    throw error;
  }
}

/**
 * Where `page` (one of `pageSpeedPages`) is on `site`: a signed-in page under its workspace, its
 * `:post` the seeded draft.
 */
export function pageAddress(
  site: { baseUrl: string } & Pick<SeededWorkspace, 'workspaceId' | 'postId'>,
  page: { path: string; signedIn: boolean },
): string {
  const path = page.path.replace(':post', site.postId);
  return page.signedIn
    ? `${site.baseUrl}/w/${site.workspaceId}${path ? `/${path}` : ''}`
    : `${site.baseUrl}${path}`;
}
