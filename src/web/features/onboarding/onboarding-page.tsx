import { Button, Divider, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { OnboardingBody } from '../../../contracts/me.js';
import { api } from '../../app/api.js';
import { currentLanguage } from '../../app/i18n/index.js';
import { meQueryKey } from '../../app/me-queries.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { PublicLayout } from '../../ui/public-layout.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { SignOutButton } from '../shell/sign-out-button.js';
import { DemoWorkspaceButton } from '../workspaces/demo-workspace-button.js';
import { WorkspaceFields } from '../workspaces/workspace-fields.js';
import { BudgetPresetModal } from './budget-preset-modal.js';
import { stepFields, toOnboardingBody, useOnboardingForm } from './onboarding-form.js';
import { StepKind } from './step-kind.js';
import { StepNetworks } from './step-networks.js';
import { StepRate } from './step-rate.js';

const stepKeys = ['kind', 'workspace', 'networks', 'rate'] as const;

/** First run: who you are, your first workspace, its networks and your hourly rate. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isPhone = useMediaMatch('(max-width: 36em)');
  const [active, setActive] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useOnboardingForm();
  const [createdWorkspaceId, setCreatedWorkspaceId] = useState<string | null>(null);

  const complete = useMutation({
    mutationFn: (body: OnboardingBody) =>
      api('/api/onboarding', { method: 'POST', body, schema: z.object({ workspaceId: z.uuid() }) }),
  });

  function goTo(step: number) {
    setActive(step);
    // Move focus to the top of the new step so keyboard and screen-reader users follow along.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function isStepValid(step: number): boolean {
    const fields = stepFields[step] ?? [];
    return fields.map((field) => form.validateField(field).hasError).every((hasError) => !hasError);
  }

  function next() {
    if (isStepValid(active)) goTo(active + 1);
  }

  const submit = form.onSubmit(
    (values) =>
      complete.mutate(toOnboardingBody(values), {
        onSuccess: async ({ workspaceId }, body) => {
          // The API files the workspace language as the profile's; the interface language is the person's.
          if (body.workspace.locale !== currentLanguage()) {
            await api('/api/me', {
              method: 'PATCH',
              body: { locale: currentLanguage() },
              schema: null,
            }).catch(() => null);
          }
          await queryClient.invalidateQueries({ queryKey: meQueryKey });
          await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
          // Last step: offer a budget preset before entering the workspace.
          setCreatedWorkspaceId(workspaceId);
        },
        onError: (error) => {
          showProblemInForm(form, error, stepFields.flat());
          const firstStepWithError = stepFields.findIndex((fields) =>
            fields.some((field) => form.errors[field]),
          );
          if (firstStepWithError >= 0) goTo(firstStepWithError);
        },
      }),
    (errors) => {
      const firstStepWithError = stepFields.findIndex((fields) => fields.some((field) => errors[field]));
      if (firstStepWithError >= 0) goTo(firstStepWithError);
    },
  );

  const isLast = active === stepKeys.length - 1;

  return (
    <PublicLayout size={760}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {t('onboarding.title')}
          </Title>
          <Text c="dimmed">{t('onboarding.subtitle')}</Text>
        </Stack>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }}>
          <form onSubmit={submit} noValidate>
            <Stepper active={active} size="sm" allowNextStepsSelect={false} onStepClick={goTo}>
              {stepKeys.map((key) => (
                <Stepper.Step
                  key={key}
                  label={isPhone ? undefined : t(`onboarding.steps.${key}`)}
                  aria-label={t(`onboarding.steps.${key}`)}
                />
              ))}
            </Stepper>
            <Stack mt="xl" gap="lg">
              {active === 0 && <StepKind form={form} />}
              {active === 1 && (
                <Stack gap="md">
                  <Text fz="lg" fw={600}>
                    {t('onboarding.workspaceQuestion')}
                  </Text>
                  <Text c="dimmed" mt={-8}>
                    {t('onboarding.workspaceIntro')}
                  </Text>
                  <WorkspaceFields inputProps={(field) => form.getInputProps(`workspace.${field}`)} />
                </Stack>
              )}
              {active === 2 && <StepNetworks form={form} />}
              {active === 3 && <StepRate form={form} />}
              <Group justify="space-between" mt="md">
                {active > 0 ? (
                  <Button
                    variant="default"
                    leftSection={<IconArrowLeft size={16} aria-hidden />}
                    onClick={() => goTo(active - 1)}
                  >
                    {t('common.back')}
                  </Button>
                ) : (
                  <span />
                )}
                {/* Distinct keys: reusing the "Next" element as the submit button would let the
                    click that reaches the last step also submit the form. */}
                {isLast ? (
                  <Button
                    type="submit"
                    loading={complete.isPending}
                    leftSection={<IconCheck size={16} aria-hidden />}
                  >
                    {t('onboarding.finish')}
                  </Button>
                ) : (
                  <Button key="next" onClick={next} rightSection={<IconArrowRight size={16} aria-hidden />}>
                    {t('common.next')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        </Paper>
        {active === 0 && (
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} bg="indigo.0">
            <Group justify="space-between" gap="md">
              <Stack gap={2} maw={420}>
                <Text fw={600}>{t('onboarding.demoTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {t('onboarding.demoHint')}
                </Text>
              </Stack>
              <DemoWorkspaceButton variant="white" />
            </Group>
          </Paper>
        )}
        <BudgetPresetModal
          workspaceId={createdWorkspaceId}
          onDone={() => {
            if (createdWorkspaceId)
              void navigate({ to: '/w/$workspaceId', params: { workspaceId: createdWorkspaceId } });
          }}
        />
        <Divider />
        <Group justify="center">
          <SignOutButton />
        </Group>
      </Stack>
    </PublicLayout>
  );
}
