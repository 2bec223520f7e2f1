import { Button, CopyButton, Group, Menu, TextInput } from '@mantine/core';
import { IconBrandGoogle, IconCalendarShare, IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { calendarSubscriptionLinks } from '../../../core/routine/calendar-subscription-links.js';

/** A feed's URL with copy, download and one-click subscription in the usual calendar apps. */
export function FeedSubscribeLinks({
  url,
  calendarName,
  label,
  downloadLabel,
}: {
  url: string;
  calendarName: string;
  label: string;
  downloadLabel: string;
}) {
  const { t } = useTranslation();
  const links = calendarSubscriptionLinks(url, calendarName);
  const external = { component: 'a' as const, target: '_blank', rel: 'noopener noreferrer' };
  return (
    <>
      <TextInput label={label} value={url} readOnly onFocus={(event) => event.currentTarget.select()} />
      <Group gap="xs">
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
              {copied ? t('routine.page.copied') : t('routine.page.copy')}
            </Button>
          )}
        </CopyButton>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarShare size={14} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t('calendarLink.addTo')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              {...external}
              href={links.google}
              leftSection={<IconBrandGoogle size={14} aria-hidden />}
            >
              {t('calendarLink.google')}
            </Menu.Item>
            <Menu.Item {...external} href={links.outlookCom}>
              {t('calendarLink.outlookCom')}
            </Menu.Item>
            <Menu.Item {...external} href={links.microsoft365}>
              {t('calendarLink.microsoft365')}
            </Menu.Item>
            <Menu.Item component="a" href={links.webcal}>
              {t('calendarLink.webcal')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          component="a"
          href={url}
          download="cadence.ics"
          size="xs"
          variant="subtle"
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          {downloadLabel}
        </Button>
      </Group>
    </>
  );
}
