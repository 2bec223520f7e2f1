/**
 * The headings of the workspace pages whose title and subtitle are plain strings, by the path
 * after `/w/$workspaceId/`. One table for the three places that draw them: the page itself, the
 * frame while the page's first pass is pending (workspace-layout.tsx), and the first view the
 * server sends before any script has run (scripts/write-first-views.tsx, web-shell.ts).
 */
export const pageHeadings = {
  budget: { title: 'budget.title', subtitle: 'budget.subtitle' },
  strategy: { title: 'budget.strategy.title', subtitle: 'budget.strategy.subtitle' },
  ideas: { title: 'content.ideas.title', subtitle: 'content.ideas.subtitle' },
  posts: { title: 'content.posts.title', subtitle: 'content.posts.subtitle' },
  calendar: { title: 'content.calendar.title', subtitle: 'content.calendar.subtitle' },
  connections: { title: 'connections.title', subtitle: 'connections.subtitle' },
  results: { title: 'results.title', subtitle: 'results.subtitle' },
  'results/agency': { title: 'results.agency.title', subtitle: 'results.agency.subtitle' },
  regularity: { title: 'regularity.title', subtitle: 'regularity.subtitle' },
  members: { title: 'members.title', subtitle: 'members.subtitle' },
  settings: { title: 'settings.title', subtitle: 'settings.subtitle' },
  'time/import': { title: 'tracking.imports.title', subtitle: 'tracking.imports.subtitle' },
} as const;

export type ListedPage = keyof typeof pageHeadings;

const workspacePage = /^\/w\/[^/]+\/(.+?)\/?$/;

/** The listed page at a pathname (`/w/<id>/budget` -> 'budget'), if it is one. */
export function listedPageAt(pathname: string): ListedPage | undefined {
  const page = workspacePage.exec(pathname)?.[1];
  return page !== undefined && Object.hasOwn(pageHeadings, page) ? (page as ListedPage) : undefined;
}
