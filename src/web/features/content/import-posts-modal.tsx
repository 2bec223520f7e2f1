import { Alert, Badge, Button, FileInput, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportPostsResult, importPostsResultSchema } from '../../../contracts/content.js';
import { api } from '../../app/api.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { contentKey } from './content-queries.js';

type DateOrder = 'day_first' | 'month_first';

/**
 * Bulk posts from a CSV in Hootsuite's shape (date, time, text, link): the file is read in the
 * browser, previewed row by row with the server's reasons, then imported. Importing the same
 * file again adds nothing.
 */
export function ImportPostsModal({
  workspaceId,
  opened,
  onClose,
}: {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState<string | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder>('day_first');
  const [result, setResult] = useState<ImportPostsResult | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function send(path: 'import/preview' | 'import', csv: string, order: DateOrder) {
    setIsBusy(true);
    try {
      const answer = await api(`/api/workspaces/${workspaceId}/posts/${path}`, {
        method: 'POST',
        body: { text: csv, dateOrder: order },
        schema: importPostsResultSchema,
      });
      setResult(answer);
      if (path === 'import') {
        await queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) });
        notifySuccess(t('content.import.done', { count: answer.imported }));
      }
    } catch (error) {
      notifyProblem(error);
    } finally {
      setIsBusy(false);
    }
  }

  async function pick(file: File | null) {
    setResult(null);
    if (!file) return setText(null);
    const content = await file.text();
    setText(content);
    await send('import/preview', content, dateOrder);
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={t('content.import.title')} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('content.import.help')}
        </Text>
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('content.import.file')}
            accept=".csv,text/csv"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onChange={(file) => void pick(file)}
            clearable
            w={{ base: '100%', xs: 280 }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="date-order-label">
              {t('content.import.dateOrder')}
            </Text>
            <SegmentedControl
              aria-labelledby="date-order-label"
              value={dateOrder}
              onChange={(value) => {
                setDateOrder(value as DateOrder);
                if (text) void send('import/preview', text, value as DateOrder);
              }}
              data={[
                { value: 'day_first', label: t('content.import.dayFirst') },
                { value: 'month_first', label: t('content.import.monthFirst') },
              ]}
            />
          </Stack>
        </Group>
        {result && (
          <>
            <Alert color={result.errors > 0 ? 'orange' : 'teal'} variant="light">
              {t('content.import.summary', {
                ready: result.ready,
                duplicates: result.duplicates,
                errors: result.errors,
              })}
            </Alert>
            <Table.ScrollContainer minWidth={560} mah={360}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('content.import.line')}</Table.Th>
                    <Table.Th>{t('content.schedule.date')}</Table.Th>
                    <Table.Th>{t('content.schedule.time')}</Table.Th>
                    <Table.Th>{t('content.editor.text')}</Table.Th>
                    <Table.Th>{t('content.ideas.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.date}</Table.Td>
                      <Table.Td>{row.time}</Table.Td>
                      <Table.Td maw={260} style={{ overflowWrap: 'anywhere' }}>
                        {row.text.slice(0, 120)}
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="outline"
                          color={
                            row.status === 'ready'
                              ? 'teal.9'
                              : row.status === 'duplicate'
                                ? 'gray.7'
                                : 'red.9'
                          }
                        >
                          {t(`content.import.statuses.${row.status}`)}
                        </Badge>
                        {row.message && (
                          <Text size="xs" c="red.9">
                            {row.message}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            disabled={!text || !result || result.ready === 0}
            loading={isBusy}
            onClick={() => text && void send('import', text, dateOrder)}
          >
            {t('content.import.import', { count: result?.ready ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
