import {
  IconArticle,
  IconBrandBluesky,
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandMastodon,
  IconBrandPinterest,
  IconBrandTiktok,
  IconBrandX,
  IconBrandYoutube,
  IconMail,
  type IconProps,
  IconWorld,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { NetworkKey } from '../../contracts/networks.js';

const icons: Record<NetworkKey, ComponentType<IconProps>> = {
  facebook: IconBrandFacebook,
  instagram: IconBrandInstagram,
  linkedin: IconBrandLinkedin,
  x: IconBrandX,
  mastodon: IconBrandMastodon,
  bluesky: IconBrandBluesky,
  tiktok: IconBrandTiktok,
  youtube: IconBrandYoutube,
  pinterest: IconBrandPinterest,
  blog: IconArticle,
  newsletter: IconMail,
  other: IconWorld,
};

export function NetworkIcon({ network, size = 18 }: { network: NetworkKey; size?: number }) {
  const Icon = icons[network];
  return <Icon size={size} stroke={1.6} aria-hidden />;
}
