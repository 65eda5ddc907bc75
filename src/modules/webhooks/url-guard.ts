import { lookup } from 'node:dns/promises';
import net from 'node:net';

/**
 * Server-side request forgery guard for webhook targets (SPEC §6). In live mode a URL must be https and
 * every address it resolves to must be public. The WHATWG URL parser already turns decimal, octal and hex
 * IPv4 spellings (2130706433, 0177.0.0.1, 0x7f.1) into dotted quads, and the same check runs again on
 * the address actually connected to (see delivery.ts), so DNS rebinding cannot slip through.
 */
const forbidden = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 can reach IPv4 private space
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv6');
}

/** True for loopback, private, link-local and other non-public addresses, IPv4 or IPv6 in any form. */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = net.isIP(bare);
  if (family === 4) return forbidden.check(bare, 'ipv4');
  if (family !== 6) return true;
  // IPv4-mapped and -compatible IPv6 addresses (::ffff:127.0.0.1, ::ffff:7f00:1) carry an IPv4 address.
  const mapped = /^(?:0*:)*(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(bare) ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
  if (mapped) {
    const v4 = mapped[2] === undefined
      ? mapped[1]!
      : [parseInt(mapped[1]!, 16) >> 8, parseInt(mapped[1]!, 16) & 255, parseInt(mapped[2], 16) >> 8, parseInt(mapped[2], 16) & 255].join('.');
    return forbidden.check(v4, 'ipv4');
  }
  return forbidden.check(bare, 'ipv6');
}

export interface UrlPolicy {
  /** Allow http and private/loopback targets (sandbox default, so a developer can receive locally). */
  allowPrivate: boolean;
}

/** Why a webhook URL is refused, or undefined when it is acceptable. Resolves DNS names in live mode. */
export async function webhookUrlProblem(text: string, policy: UrlPolicy): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL such as https://example.com/webhooks';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not contain credentials';
  if (policy.allowPrivate) return undefined;
  if (url.protocol !== 'https:') return 'must use https';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return isForbiddenAddress(host) ? 'must not point at a loopback, private or link-local address' : undefined;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return 'must have a host name that resolves';
  }
  if (addresses.length === 0 || addresses.some(({ address }) => isForbiddenAddress(address))) {
    return 'must resolve only to public addresses';
  }
  return undefined;
}
