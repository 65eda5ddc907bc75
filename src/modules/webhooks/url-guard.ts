import { lookup } from 'node:dns/promises';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Server-side request forgery guard for webhook targets (SPEC §6). In live mode a URL must be https and
 * every address it resolves to must be public. The WHATWG URL parser already turns decimal, octal and hex
 * IPv4 spellings (2130706433, 0177.0.0.1, 0x7f.1) into dotted quads, and the same check runs again on
 * the address actually connected to (see delivery.ts), so DNS rebinding cannot slip through.
 *
 * "Public" is ipaddr.js's range classification (the IANA special-purpose registries), not a hand-kept
 * list: only its `unicast` range passes. That refuses every IPv6 form that carries an IPv4 address
 * (IPv4-mapped, IPv4-translated, 6to4, Teredo, NAT64 well-known and local-use) as well as site-local
 * and reserved space. IPv4-compatible addresses (`::a.b.c.d`, deprecated) are classed unicast by the
 * library, so the IETF-reserved ::/8 they live in is refused here.
 */
const reservedIpv6 = ipaddr.parseCIDR('::/8');

/** True for loopback, private, link-local and other non-public addresses, IPv4 or IPv6 in any form. */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare) || net.isIP(bare) === 0) return true;
  const parsed = ipaddr.parse(bare);
  if (parsed.range() !== 'unicast') return true;
  return parsed.kind() === 'ipv6' && parsed.match(reservedIpv6);
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
