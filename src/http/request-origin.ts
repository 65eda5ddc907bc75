import type { FastifyRequest } from 'fastify';

/** Where a request came from, for the audit log: client address and (truncated) user agent. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.ip} ${String(request.headers['user-agent'] ?? '-').slice(0, 200)}`;
}
