import { BlockList, isIP } from 'node:net';

/**
 * Which addresses an outgoing call may reach. Everything that is not the public internet is
 * refused (loopback, private, link-local, carrier-grade NAT, documentation, multicast...), and
 * IPv6 forms that carry an IPv4 address (mapped, compatible, 6to4, NAT64) are judged by it.
 */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  nonPublic.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  nonPublic.addSubnet(network, prefix, 'ipv6');

/** Expands an IPv6 address into its eight 16-bit groups. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((group) =>
    Number.parseInt(group, 16),
  );
}

function ipv4FromGroups(high: number, low: number): string {
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** The IPv4 address an IPv6 address stands for, if it embeds one. */
export function embeddedIpv4(address: string): string | null {
  const groups = ipv6Groups(address);
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0xffff) return ipv4FromGroups(g6, g7); // ::ffff:a.b.c.d (mapped)
  if (zeroPrefix && g5 === 0 && (g6 !== 0 || g7 > 1)) return ipv4FromGroups(g6, g7); // ::a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return ipv4FromGroups(g6, g7); // 64:ff9b::/96 (NAT64)
  if (g0 === 0x2002 && g1 !== undefined && g2 !== undefined) return ipv4FromGroups(g1, g2); // 6to4
  return null;
}

/** Allowed exceptions: a self-hoster's own networks, as CIDR ranges. */
export type NetworkAllowList = { allowsEverything: boolean; list: BlockList };

/**
 * Reads `CADENCE_ALLOW_PRIVATE_NETWORKS`: empty (nothing private allowed), `all`, or a comma-
 * separated list of CIDR ranges (`192.168.1.0/24,fd00::/8,127.0.0.0/8`).
 */
export function parseNetworkAllowList(value: string | undefined): NetworkAllowList {
  const list = new BlockList();
  const text = (value ?? '').trim();
  if (text === 'all' || text === 'true') return { allowsEverything: true, list };
  for (const entry of text.split(',').map((item) => item.trim())) {
    if (!entry) continue;
    const [network = '', prefixText] = entry.split('/');
    const family = isIP(network);
    const prefix = prefixText === undefined ? (family === 6 ? 128 : 32) : Number(prefixText);
    if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32))
      throw new Error(
        `CADENCE_ALLOW_PRIVATE_NETWORKS: "${entry}" is not an address range such as 10.0.0.0/8`,
      );
    list.addSubnet(network, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { allowsEverything: false, list };
}

/** True when an outgoing call may connect to this address. */
export function isAddressAllowed(address: string, allowList: NetworkAllowList): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (allowList.allowsEverything) return true;
  const type = family === 6 ? 'ipv6' : 'ipv4';
  if (allowList.list.check(address, type)) return true;
  if (family === 6) {
    const ipv4 = embeddedIpv4(address);
    if (ipv4 !== null) return isAddressAllowed(ipv4, allowList);
  }
  return !nonPublic.check(address, type);
}
