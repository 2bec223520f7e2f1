import type { NetworkKey } from '../../../contracts/networks.js';

const common = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  blog: 'Blog',
};

/** Networks as mails name them (the web's labels, for the two languages mails are written in). */
export const networkLabels: Record<'fr' | 'en', Record<NetworkKey, string>> = {
  fr: { ...common, newsletter: 'Lettre d’information', other: 'Autre' },
  en: { ...common, newsletter: 'Newsletter', other: 'Other' },
};
