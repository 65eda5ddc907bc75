import type { FastifyInstance } from 'fastify';
import { pino, stdTimeFunctions, type Logger, type LoggerOptions } from 'pino';

/**
 * One logger for the server and the CLI: JSON lines on stdout, each with an ISO time, so that a log
 * collector reads every line the process writes (the start-up banner and fatal errors included).
 *
 * What a line may carry is decided here, not at each call: credentials travel in headers and are
 * redacted; requests are logged by route pattern, never by URL, so that query values (an e-mail in
 * `filter[email]`) and bodies never reach the log.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    timestamp: stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
    serializers: {
      // Backstop for any line that passes a request: its method and path, without the query.
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: request.url?.split('?')[0] }),
    },
  };
}

export function createLogger(level = 'info'): Logger {
  return pino(loggerOptions(level));
}

/**
 * The access log: one line per answered request with what an operator filters on (route pattern,
 * status, duration, who), and the request id that ties it to the client's X-Request-Id.
 */
export function registerAccessLog(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    const principal = (request as { principal?: { organizationId: string; credentialId: string } | null }).principal;
    const session = (request as { dashboardSession?: { member: { id: string; organizationId: string } } }).dashboardSession;
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(principal ? { organizationId: principal.organizationId, credentialId: principal.credentialId } : {}),
        ...(session ? { organizationId: session.member.organizationId, memberId: session.member.id } : {}),
      },
      'request',
    );
  });
}
