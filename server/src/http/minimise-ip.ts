import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client's address cut down to its network, for the order history: enough to tell "the
 * shop's own connection" from "a phone network somewhere else", not which household. IPv4
 * keeps its /24 (the last octet zeroed), IPv6 its /48 (the last 80 bits zeroed) — the cut
 * Google Analytics' IP anonymisation made. Anything that is not an address gives null, so a
 * stray string never lands in the history.
 */
export function minimiseIp(address: string | undefined): string | null {
  if (!address) return null;
  // A link-local address may carry its interface (`fe80::1%eth0`): not part of the address.
  const bare = address.split('%')[0] ?? '';
  if (isIPv4(bare)) return ipv4Network(bare.split('.').map(Number));
  if (!isIPv6(bare)) return null;
  const groups = ipv6Groups(bare);
  // A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d; it is that IPv4 client.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff)
    return ipv4Network(groups.slice(6).flatMap((group) => [group >> 8, group & 0xff]));
  const network = [...groups.slice(0, 3), 0, 0, 0, 0, 0];
  // The URL parser writes IPv6 in its shortest form (RFC 5952): 2001:db8:1::, ::.
  return new URL(`http://[${network.map((group) => group.toString(16)).join(':')}]`).hostname.slice(
    1,
    -1,
  );
}

function ipv4Network(octets: readonly number[]): string {
  return [...octets.slice(0, 3), 0].join('.');
}

/** The eight 16-bit groups of a valid IPv6 address, with `::` and a dotted IPv4 tail expanded. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((group) => Number.parseInt(group, 16)) : [];
  const [head, tail] = text.split('::');
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
