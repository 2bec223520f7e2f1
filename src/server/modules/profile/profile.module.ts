import type { AccessDependencies } from '../../platform/access.js';
import type { CadenceModule, Platform } from '../../platform/module.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';
import { createProfileRepository, type ProfileRepository } from './profile.repository.js';
import { profileRoutes } from './profile.routes.js';
import { createProfileService, type ProfileService } from './profile.service.js';

export type ProfileServices = { profileRepository: ProfileRepository; profileService: ProfileService };

/** A person's own settings: name, usual hourly rate, networks, first workspace. */
export function createProfileModule(
  { database, runInTransaction, clock }: Platform,
  needs: {
    networksRepository: NetworksRepository;
    workspacesService: WorkspacesService;
    /** What the session cache remembered of the person (their name) is stale after a rename. */
    onUserRenamed: (userId: string) => void;
    /** Who holds the request's session cookie (GET /api/session answers anonymous callers too). */
    findUserBySession: AccessDependencies['findUserBySession'];
  },
): CadenceModule<ProfileServices> {
  const profileRepository = createProfileRepository(database.db);
  const { findUserBySession, ...serviceNeeds } = needs;
  const profileService = createProfileService({
    profileRepository,
    runInTransaction,
    clock,
    ...serviceNeeds,
  });
  return {
    services: { profileRepository, profileService },
    registerRoutes: (app) => app.register(profileRoutes, { profileService, findUserBySession }),
  };
}
