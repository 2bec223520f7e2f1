import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { OutcomeKind } from '../../../core/results/results-table.js';
import { readUtmParameters } from '../../../core/results/utm.js';
import { AppModal } from '../../ui/app-modal.js';
import { DateField } from '../../ui/date-field.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { parseAmountToCents } from '../../ui/money.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { postsQueryOptions } from '../content/content-queries.js';
import { useNetworkOptions } from '../tracking/use-tracking-options.js';
import { todayIn } from '../tracking/workspace-dates.js';
import { useLogOutcome } from './results-queries.js';

export type OutcomeModalProps = {
  workspace: { id: string; timeZone: string; currency: string };
  opened: boolean;
  onClose: () => void;
  /** Pre-selects the post the outcome came from (from a post's page). */
  postId?: string | null;
};

const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * A lead, a client won or a sale, logged in seconds: the kind, today's date, and optionally the
 * amount, the network and the post it came from.
 */
export function OutcomeModal({ workspace, opened, onClose, postId = null }: OutcomeModalProps) {
  const { t } = useTranslation();
  const networkOptions = useNetworkOptions();
  const published = useQuery({
    ...postsQueryOptions(workspace.id, { status: 'published' }),
    enabled: opened,
  });
  const logOutcome = useLogOutcome(workspace.id);
  const [kind, setKind] = useState<OutcomeKind>('client');
  const [occurredOn, setOccurredOn] = useState(() => todayIn(workspace.timeZone));
  const [amount, setAmount] = useState('');
  const [network, setNetwork] = useState<string | null>(null);
  const [sourcePostId, setSourcePostId] = useState<string | null>(postId);
  const [campaign, setCampaign] = useState('');
  const [landingLink, setLandingLink] = useState('');
  const [note, setNote] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);

  const reset = () => {
    setAmount('');
    setNetwork(null);
    setSourcePostId(postId);
    setCampaign('');
    setLandingLink('');
    setNote('');
    setAmountError(null);
  };

  const submit = () => {
    const cents = parseAmountToCents(amount);
    if (cents === undefined) return setAmountError(t('results.outcomes.amountInvalid'));
    if (kind === 'revenue' && !cents) return setAmountError(t('results.outcomes.amountRequired'));
    setAmountError(null);
    logOutcome.mutate(
      {
        kind,
        occurredOn,
        amountCents: cents ?? 0,
        network: network as NetworkKey | null,
        postId: sourcePostId,
        campaign: campaign.trim() || null,
        note: note.trim(),
        ...utmFieldsOf(landingLink.trim()),
      },
      {
        onSuccess: () => {
          notifySuccess(t('results.outcomes.saved'));
          reset();
          onClose();
        },
        onError: notifyProblem,
      },
    );
  };

  const postOptions = (published.data ?? []).map((post) => ({ value: post.id, label: shortText(post.text) }));
  return (
    <AppModal opened={opened} onClose={onClose} title={<Text fw={600}>{t('results.outcomes.log')}</Text>}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('results.outcomes.kind')}
            value={kind}
            onChange={(value) => setKind(value as OutcomeKind)}
            data={(['lead', 'client', 'revenue'] as const).map((value) => ({
              value,
              label: t(`results.outcomes.kinds.${value}`),
            }))}
            fullWidth
            data-testid="outcome-kind"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateField
              label={t('results.outcomes.date')}
              required
              value={occurredOn}
              onChange={(value) => value && setOccurredOn(value)}
            />
            {kind !== 'lead' && (
              <TextInput
                label={t('results.outcomes.amount', { currency: workspace.currency })}
                description={kind === 'client' ? t('results.outcomes.amountHelp') : undefined}
                inputMode="decimal"
                value={amount}
                onChange={(event) => setAmount(event.currentTarget.value)}
                error={amountError}
                required={kind === 'revenue'}
                data-testid="outcome-amount"
              />
            )}
          </SimpleGrid>
          <Select
            label={t('results.outcomes.post')}
            placeholder={t('results.outcomes.postPlaceholder')}
            data={postOptions}
            value={sourcePostId}
            onChange={setSourcePostId}
            searchable
            clearable
            nothingFoundMessage={t('results.outcomes.noNetwork')}
            data-testid="outcome-post"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('results.outcomes.network')}
              placeholder={t('results.outcomes.noNetwork')}
              data={networkOptions}
              value={network}
              onChange={setNetwork}
              clearable
              data-testid="outcome-network"
            />
            <TextInput
              label={t('results.outcomes.campaign')}
              value={campaign}
              maxLength={120}
              onChange={(event) => setCampaign(event.currentTarget.value)}
            />
          </SimpleGrid>
          <TextInput
            label={t('results.outcomes.landingLink')}
            description={t('results.outcomes.landingLinkHelp')}
            value={landingLink}
            maxLength={2000}
            onChange={(event) => setLandingLink(event.currentTarget.value)}
            data-testid="outcome-landing-link"
          />
          <GrowingTextarea
            label={t('results.outcomes.note')}
            value={note}
            maxLength={500}
            minRows={1}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={logOutcome.isPending} data-testid="outcome-save">
              {t('results.outcomes.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The UTM values of the link the outcome came through, for the server to attribute it. */
function utmFieldsOf(link: string) {
  if (link === '') return {};
  const utm = readUtmParameters(link);
  const clip = (value: string | null) => (value ? value.slice(0, 200) : null);
  return {
    utmSource: clip(utm.source),
    utmMedium: clip(utm.medium),
    utmCampaign: clip(utm.campaign),
    utmContent: clip(utm.content),
  };
}
