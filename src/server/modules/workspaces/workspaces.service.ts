import type { CreateWorkspaceBody, UpdateWorkspaceBody, Workspace } from '../../../contracts/workspaces.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from './workspaces.repository.js';

/** Work other features do inside the transaction that creates a workspace (reference data). */
export type WorkspaceCreatedHook = (tx: Queryable, workspaceId: string) => Promise<void>;

export function createWorkspacesService({
  workspacesRepository,
  runInTransaction,
  onWorkspaceCreated = [],
  defaultOwnerHourlyCost = async () => null,
}: {
  workspacesRepository: WorkspacesRepository;
  runInTransaction: RunInTransaction;
  onWorkspaceCreated?: WorkspaceCreatedHook[];
  /** The creator's usual hourly rate (their profile's), when the caller does not say one. */
  defaultOwnerHourlyCost?: (userId: string) => Promise<number | null>;
}) {
  return {
    /** Creates the workspace, makes the creator its owner and seeds what every workspace starts with. */
    async createWorkspace(
      userId: string,
      body: CreateWorkspaceBody & { isDemo?: boolean },
      options: { ownerHourlyCostCents?: number | null; tx?: Queryable } = {},
    ): Promise<string> {
      // Without a cost, the budget's "what it costs" stays empty: start from the person's usual rate.
      const ownerHourlyCostCents =
        options.ownerHourlyCostCents !== undefined
          ? options.ownerHourlyCostCents
          : await defaultOwnerHourlyCost(userId);
      const create = async (tx: Queryable) => {
        const workspaceId = await workspacesRepository.insertWithOwner(
          tx,
          body,
          userId,
          ownerHourlyCostCents,
        );
        for (const hook of onWorkspaceCreated) await hook(tx, workspaceId);
        return workspaceId;
      };
      return options.tx ? create(options.tx) : runInTransaction(create);
    },

    listWorkspaces: (userId: string) => workspacesRepository.listForUser(userId),

    async getWorkspace(workspaceId: string, userId: string): Promise<Workspace> {
      const workspace = await workspacesRepository.findForUser(workspaceId, userId);
      if (!workspace) throw notFound();
      return workspace;
    },

    async updateWorkspace(
      workspaceId: string,
      userId: string,
      patch: UpdateWorkspaceBody,
    ): Promise<Workspace> {
      await workspacesRepository.update(workspaceId, patch);
      return this.getWorkspace(workspaceId, userId);
    },

    deleteWorkspace: (workspaceId: string) => workspacesRepository.delete(workspaceId),
  };
}

export type WorkspacesService = ReturnType<typeof createWorkspacesService>;
