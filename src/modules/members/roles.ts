/**
 * What each dashboard role may do (SPEC §12). The server checks a permission on every page and action;
 * pages hide what a role cannot use, but hiding is a courtesy, not the control.
 */
export const roles = ['owner', 'admin', 'developer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const roleDescriptions: Record<Role, string> = {
  owner: 'Everything, including owners and the organization itself.',
  admin: 'Invites, changes and removes members (owners excepted), and everything a developer does.',
  developer: 'API credentials, webhook endpoints, card actions and the sandbox tools.',
  viewer: 'Reads customers, accounts, cards, configuration and the audit log; changes nothing.',
};

export type Permission =
  /** Every page that only shows data, and a member's own password and sessions. */
  | 'read'
  /** Invite, change the role of and remove members. */
  | 'members:manage'
  /** Generate and revoke API credentials. */
  | 'credentials:manage'
  /** Add, delete and redeliver to webhook endpoints. */
  | 'webhooks:manage'
  /** Suspend, re-enable and activate cards; cancel transfers. */
  | 'operations:manage'
  /** Fund accounts, make purchases, capture, release, ship (sandbox only). */
  | 'sandbox:use';

const granted: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(['read', 'members:manage', 'credentials:manage', 'webhooks:manage', 'operations:manage', 'sandbox:use']),
  admin: new Set(['read', 'members:manage', 'credentials:manage', 'webhooks:manage', 'operations:manage', 'sandbox:use']),
  developer: new Set(['read', 'credentials:manage', 'webhooks:manage', 'operations:manage', 'sandbox:use']),
  viewer: new Set(['read']),
};

export function can(role: Role, permission: Permission): boolean {
  return granted[role].has(permission);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Owners alone make or unmake owners; an admin manages every other role. */
export function mayAssign(actor: Role, from: Role | undefined, to: Role): boolean {
  if (!can(actor, 'members:manage')) return false;
  if (actor === 'owner') return true;
  return from !== 'owner' && to !== 'owner';
}
