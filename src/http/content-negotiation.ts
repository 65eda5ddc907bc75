import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { limits } from '../config.js';
import { AppError } from '../errors/app-error.js';

const acceptableRanges = new Set(['*/*', 'application/*', 'application/json', 'application/vnd.api+json']);

/** True when an `Accept` header admits a JSON response (SPEC §1: otherwise 406). */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    // A range with q=0 says "not this one".
    const refused = parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
    return !refused && acceptableRanges.has(type ?? '');
  });
}

/**
 * Request bodies are read as JSON under either media type; any other type is 415 (Fastify answers that
 * itself once no parser matches). An empty body is no body: the seed's clients POST with a JSON:API
 * content type and nothing else to read a resource, so that must not be a parse error.
 */
export function registerJsonParsers(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/vnd.api+json'],
    { parseAs: 'string', bodyLimit: limits.bodyBytesMax },
    (_request, body, done) => {
      const text = body as string;
      if (text.trim() === '') return done(null, undefined);
      try {
        // secure-json-parse refuses __proto__ and constructor.prototype, which could poison objects.
        done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
      } catch (error) {
        const reason = error instanceof SyntaxError ? error.message : 'it sets a forbidden prototype property';
        done(new AppError('malformed_json', `The request body is not valid JSON: ${reason}.`), undefined);
      }
    },
  );
}
