import { Alert, Skeleton, Stack } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { AgencyBudgets } from './agency-budgets.js';
import { budgetQueryOptions } from './budget-queries.js';
import { CategoryBudgetSection } from './category-budget-section.js';
import { CostSection } from './cost-section.js';
import { applyTypedHours } from './draft-budget-view.js';
import { PresetSection } from './preset-section.js';
import { WorkOptionsSection } from './work-options-section.js';

/** Hours per week per task category, how they compare with the method's hypotheses, and their cost. */
export function BudgetPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const budget = useQuery(budgetQueryOptions(workspace.id));
  // Every change to the budget is a manager's (the API refuses the others).
  const canEdit = workspace.canManage;
  // Only the hours typed and not saved yet: a fresh view from the server (a category renamed or
  // added meanwhile) keeps them, and the presets and costs below follow them.
  const [typed, setTyped] = useState<Record<string, number>>({});
  const draft = budget.data ? applyTypedHours(budget.data, typed) : undefined;

  return (
    <Stack gap="lg">
      <ListedPageHeader page="budget" />
      {!canEdit && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('budget.readOnly')}
        </Alert>
      )}
      {budget.isPending && <Skeleton h={240} radius="md" />}
      {budget.isError && <ErrorState error={budget.error} onRetry={() => void budget.refetch()} />}
      {budget.data && draft && (
        <>
          <CategoryBudgetSection
            view={budget.data}
            workspaceId={workspace.id}
            canEdit={canEdit}
            typed={typed}
            setTyped={setTyped}
          />
          <PresetSection view={draft} workspaceId={workspace.id} canEdit={canEdit} />
          <CostSection view={draft} workspaceId={workspace.id} canEdit={canEdit} />
          <WorkOptionsSection view={budget.data} workspaceId={workspace.id} canEdit={canEdit} />
        </>
      )}
      <AgencyBudgets />
    </Stack>
  );
}
