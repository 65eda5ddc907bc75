import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../errors/app-error.js';
import { runCommand, sendCommandResult } from '../../http/idempotency.js';
import { createdResponse, resourceDocument, sendDocument } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { payeeVerificationCreateDocument, payeeVerificationDocument, payeeVerificationParams } from './schemas.js';
import { serializePayeeVerification } from './serializer.js';
import { answerPayee, getPayeeVerification, recordPayeeVerification } from './service.js';

/** Verification of Payee (SPEC §14). */
export function payeeRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db, reads } = context.database;
  const tags = ['Verification of Payee'];

  routes.post('/payee-verifications', {
    config: { idempotencyKey: true, errors: [] },
    schema: {
      tags,
      operationId: 'createPayeeVerification',
      summary: 'Check a payee’s name against its IBAN before a transfer',
      description:
        'Answers `match`, `close_match` (with the holder’s name in `matchedName`), `no_match` (the holder’s name never shown) or ' +
        '`not_possible`. IBANs held on this server are answered from their holders; others by the partner bank’s service (in the sandbox, ' +
        'the payees registered with `POST /simulations/payees`). Limited per credential (LINKCY_PAYEE_VERIFICATION_RATE_LIMIT a second), ' +
        'so that names cannot be harvested.',
      body: payeeVerificationCreateDocument,
      response: { 201: payeeVerificationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const limiter = context.payeeRateLimiter;
      if (limiter.enabled) {
        const decision = await limiter.take(request.principal.credentialId);
        if (!decision.allowed) {
          throw new AppError('rate_limited', `Payee verifications are limited to ${decision.limit} a second per credential.`, {
            headers: { 'Retry-After': String(decision.retryAfterSeconds) },
          });
        }
      }
      const { iban, name } = request.body.data.attributes;
      // Asked before the command's transaction: the partner's service is never waited for inside one.
      const answer = await answerPayee(reads, request.principal.organizationId, iban, name, {
        sandbox: context.config.mode === 'sandbox',
        partner: context.partnerVerifier,
      });
      const result = await runCommand(db, request, async (command) => {
        const row = await recordPayeeVerification(command, iban, name, answer);
        if (answer.problem)
          request.log.info({ payeeVerification: row.id, answeredBy: answer.answeredBy, problem: answer.problem }, 'payee check not possible');
        return createdResponse(serializePayeeVerification(row));
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/payee-verifications/:verificationId', {
    config: { errors: ['payee_verification_not_found'] },
    schema: {
      tags,
      operationId: 'getPayeeVerification',
      summary: 'Get a payee verification',
      params: payeeVerificationParams,
      response: { 200: payeeVerificationDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(
          serializePayeeVerification(await getPayeeVerification(reads, request.principal.organizationId, request.params.verificationId)),
        ),
      ),
  });
}
