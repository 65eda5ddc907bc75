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
  // An error answer's catalog codes, read from its JSON:API body (whichever path wrote it: the error
  // handler, a batch's stored refusal, a replay), so the access line says why, not only the status.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400 && (typeof payload === 'string' || Buffer.isBuffer(payload)) && payload.length < 65_536) {
      try {
        const errors = (JSON.parse(payload.toString()) as { errors?: { code?: unknown }[] }).errors;
        const codes = [...new Set((errors ?? []).map((error) => error.code).filter((code): code is string => typeof code === 'string'))];
        if (codes.length > 0) (request as { errorCodes?: string[] }).errorCodes = codes;
      } catch {
        // Not a JSON body (a 406 in text, say): nothing to name.
      }
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const errorCodes = (request as { errorCodes?: string[] }).errorCodes;
    const principal = (request as { principal?: { organizationId: string; credentialId: string } | null }).principal;
    const session = (request as { dashboardSession?: { member: { id: string; organizationId: string } } }).dashboardSession;
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(errorCodes ? { errorCode: errorCodes.join(',') } : {}),
        ...(principal ? { organizationId: principal.organizationId, credentialId: principal.credentialId } : {}),
        ...(session ? { organizationId: session.member.organizationId, memberId: session.member.id } : {}),
      },
      'request',
    );
  });
}
