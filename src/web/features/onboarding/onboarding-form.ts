import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';
import type { OnboardingBody } from '../../../contracts/me.js';
import { userKindSchema } from '../../../contracts/me.js';
import { type NetworkKey, networkKeySchema } from '../../../contracts/networks.js';
import { type CreateWorkspaceBody, createWorkspaceBodySchema } from '../../../contracts/workspaces.js';
import { deferred } from '../../app/deferred-schema.js';
import { currentLanguage, i18n } from '../../app/i18n/index.js';
import { parseAmountToCents } from '../../ui/money.js';
import { browserTimeZone } from '../../ui/time-zones.js';

/** What the onboarding form holds: the API body, with the hourly rate as typed ("35,50"). */
export type OnboardingValues = {
  kind: string;
  workspace: CreateWorkspaceBody;
  networks: NetworkKey[];
  hourlyRate: string;
};

export const onboardingFormSchema = deferred(() =>
  z.object({
    kind: userKindSchema,
    workspace: createWorkspaceBodySchema,
    networks: z.array(networkKeySchema).max(12),
    hourlyRate: z.string().refine((value) => parseAmountToCents(value) !== undefined, {
      error: () => i18n.t('onboarding.rateInvalid'),
    }),
  }),
);

/** The form paths each step owns, in order: "Next" validates only the current step. */
export const stepFields: readonly (readonly string[])[] = [
  ['kind'],
  ['workspace.name', 'workspace.timeZone', 'workspace.currency', 'workspace.locale'],
  ['networks'],
  ['hourlyRate'],
];

export function toOnboardingBody(values: OnboardingValues): OnboardingBody {
  return {
    kind: userKindSchema.parse(values.kind),
    workspace: values.workspace,
    networks: values.networks,
    hourlyRateCents: parseAmountToCents(values.hourlyRate) ?? null,
  };
}

export function useOnboardingForm() {
  return useForm<OnboardingValues>({
    initialValues: {
      kind: '',
      workspace: { name: '', timeZone: browserTimeZone(), currency: 'EUR', locale: currentLanguage() },
      networks: [],
      hourlyRate: '',
    },
    validate: schemaResolver(onboardingFormSchema, { sync: true }),
  });
}

export type OnboardingForm = ReturnType<typeof useOnboardingForm>;
