import type { NotifyInput } from '../notifications/notifications.service.js';
import type { RegularityRepository } from './regularity.repository.js';
import type { RegularityService } from './regularity.service.js';

/**
 * The daily regularity-check: in every workspace with a posting target, each network whose plan
 * falls silent within the look-ahead (or already has) is told to its editors, once per silence
 * (keyed on the network and the silence's first day, so the next days' runs add nothing).
 */
export function createComingGapsCheck(deps: {
  regularityRepository: RegularityRepository;
  regularityService: RegularityService;
  notify: (input: NotifyInput) => Promise<number>;
}) {
  return async function notifyComingGaps(): Promise<number> {
    let told = 0;
    for (const workspaceId of await deps.regularityRepository.listWorkspacesWithTargets()) {
      const view = await deps.regularityService.findRegularity(workspaceId);
      for (const line of view.networks) {
        if (line.gap === 'none' || !line.silentFrom) continue;
        told += await deps.notify({
          workspaceId,
          recipients: 'editors',
          kind: 'coming_gap',
          subject: { network: line.network, date: line.silentFrom },
        });
      }
    }
    return told;
  };
}
