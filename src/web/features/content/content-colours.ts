import type { NetworkKey } from '../../../contracts/networks.js';

// Mantine palette names: pale shade as background, strong shade as border, black text (readable).
const pillarPalette = [
  'blue',
  'grape',
  'teal',
  'orange',
  'pink',
  'cyan',
  'lime',
  'violet',
  'yellow',
  'indigo',
  'red',
  'green',
];

/** A pillar keeps its colour as long as its place in the editorial line. */
export function colourOfPillar(pillarId: string | null, pillarIds: readonly string[]): string {
  const index = pillarId ? pillarIds.indexOf(pillarId) : -1;
  return index < 0 ? 'gray' : (pillarPalette[index % pillarPalette.length] ?? 'gray');
}

const networkPalette: Record<NetworkKey, string> = {
  facebook: 'blue',
  instagram: 'pink',
  linkedin: 'indigo',
  x: 'dark',
  mastodon: 'violet',
  bluesky: 'cyan',
  tiktok: 'red',
  youtube: 'red',
  pinterest: 'orange',
  blog: 'teal',
  newsletter: 'yellow',
  other: 'gray',
};

export const colourOfNetwork = (network: NetworkKey) => networkPalette[network];
