import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type GrantAdministratorBody,
  instanceAccessSchema,
  instanceAdministratorSchema,
  instanceBackupsSchema,
  instanceJobsSchema,
} from '../../../contracts/instance.js';
import { api } from '../../app/api.js';

export const instanceAccessQueryOptions = queryOptions({
  queryKey: ['instance', 'access'],
  queryFn: () => api('/api/instance/access', { schema: instanceAccessSchema }),
  staleTime: 60_000,
});

/**
 * Whether the signed-in person administers the instance (false while unknown). `isWanted: false`
 * holds the request back (the header's menu asks once the page is drawn).
 */
export const useIsInstanceAdministrator = (isWanted = true) =>
  useQuery({ ...instanceAccessQueryOptions, enabled: isWanted }).data?.isAdministrator ?? false;

const jobsKey = ['instance', 'jobs'];
const administratorsKey = ['instance', 'administrators'];

/** Refreshed every 10 s while the page is open: the worker's counts change on their own. */
export const useInstanceJobs = () =>
  useQuery({
    queryKey: jobsKey,
    queryFn: () => api('/api/instance/jobs', { schema: instanceJobsSchema }),
    refetchInterval: 10_000,
  });

export const useInstanceAdministrators = () =>
  useQuery({
    queryKey: administratorsKey,
    queryFn: () => api('/api/instance/administrators', { schema: z.array(instanceAdministratorSchema) }),
  });

function useInstanceMutation<Variables>(work: (variables: Variables) => Promise<unknown>, key: string[]) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: work, onSettled: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useRetryFailedJob = () =>
  useInstanceMutation(
    (jobId: string) => api(`/api/instance/failed-jobs/${jobId}/retry`, { method: 'POST', schema: null }),
    jobsKey,
  );

export const useDiscardFailedJob = () =>
  useInstanceMutation(
    (jobId: string) => api(`/api/instance/failed-jobs/${jobId}`, { method: 'DELETE', schema: null }),
    jobsKey,
  );

export const useGrantAdministrator = () =>
  useInstanceMutation(
    (body: GrantAdministratorBody) =>
      api('/api/instance/administrators', { method: 'POST', body, schema: null }),
    administratorsKey,
  );

export const useRevokeAdministrator = () =>
  useInstanceMutation(
    (userId: string) =>
      api(`/api/instance/administrators/${encodeURIComponent(userId)}`, { method: 'DELETE', schema: null }),
    administratorsKey,
  );

const backupsKey = ['instance', 'backups'];

/** Refreshed while the page is open: a requested backup appears once the worker has written it. */
export const useInstanceBackups = () =>
  useQuery({
    queryKey: backupsKey,
    queryFn: () => api('/api/instance/backups', { schema: instanceBackupsSchema }),
    refetchInterval: 10_000,
  });

export const useRequestBackup = () =>
  useInstanceMutation(() => api('/api/instance/backups', { method: 'POST', schema: null }), backupsKey);
