import type { Queryable } from '../../platform/db.js';

/**
 * What content tells publishing, inside the transaction that changes a post (wired in cadence.ts):
 * a post scheduled or moved (`scheduled`), its text or networks edited while scheduled (`edited`),
 * or unscheduled. Publishing may refuse (409: a publication is on its way), rolling it all back.
 */
export type PublicationPlanning = {
  planPost: (
    tx: Queryable,
    workspaceId: string,
    postId: string,
    change: 'scheduled' | 'edited',
  ) => Promise<void>;
  cancelPost: (tx: Queryable, workspaceId: string, postId: string) => Promise<void>;
};

/** Without publishing (content's own tests): every version stays by hand. */
export const withoutPublishing: PublicationPlanning = {
  planPost: async () => {},
  cancelPost: async () => {},
};
