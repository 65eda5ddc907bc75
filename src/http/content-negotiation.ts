import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { scanJson } from './json-scan.js';
import { limits } from '../config.js';
import { AppError } from '../errors/app-error.js';

const acceptableRanges = new Set(['*/*', 'application/*', 'application/json', 'application/vnd.api+json']);
export const jsonApiType = 'application/vnd.api+json';

/**
 * JSON:API media type parameters this server honours: `profile` (ignored, as the spec allows) and the
 * quality `q` in Accept. `ext` names extensions, of which this server supports none.
 */
function unsupportedParameters(parameters: string[], allowed: string[]): string[] {
  return parameters.filter((parameter) => parameter !== '' && !allowed.includes(parameter.split('=')[0]!.trim()));
}

/**
 * True when an `Accept` header admits a JSON response (SPEC §1: otherwise 406). JSON:API 1.1: instances of
 * its media type modified by parameters other than `profile` are ignored, and when every instance is so
 * modified the answer is 406, whatever else the header admits.
 */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  const ranges = mediaRanges(accept).map((range) => ({
    ...range,
    unsupported: range.type === jsonApiType && unsupportedParameters(range.parameters, ['q', 'profile']).length > 0,
  }));
  const jsonApi = ranges.filter((range) => range.type === jsonApiType);
  if (jsonApi.length > 0 && jsonApi.every((range) => range.unsupported)) return false;
  // A range with q=0 says "not this one".
  return ranges.some((range) => range.quality > 0 && !range.unsupported && acceptableRanges.has(range.type));
}

/**
 * True when an `Accept` header asks for a web page more than for JSON: a browser's navigation
 * (`text/html,...,*\/*;q=0.8`), not an API client. Such a request to no route is shown a page.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = mediaRanges(accept);
  const quality = (types: Set<string>) => Math.max(0, ...ranges.filter((range) => types.has(range.type)).map((range) => range.quality));
  const html = quality(new Set(['text/html', 'application/xhtml+xml']));
  return html > 0 && html > quality(acceptableRanges);
}

/** The ranges of an `Accept` header: type, parameters (lower case) and quality (1 unless `q` says otherwise). */
function mediaRanges(accept: string): { type: string; parameters: string[]; quality: number }[] {
  return accept.split(',').map((range) => {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { type, parameters, quality: Number.isFinite(quality) ? quality : 1 };
  });
}

/**
 * True when an `Accept` header asks for XML (`application/xml` or `text/xml`) rather than JSON: a route
 * that also answers XML (a camt.053 statement) answers it only then, and JSON:API otherwise.
 */
export function prefersXml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = mediaRanges(accept);
  const best = (types: string[]) => Math.max(0, ...ranges.filter((range) => types.includes(range.type)).map((range) => range.quality));
  const xml = best(['application/xml', 'text/xml']);
  return xml > 0 && xml >= best(['application/vnd.api+json', 'application/json']);
}

/**
 * JSON:API 1.1: a body sent as `application/vnd.api+json` with a media type parameter other than
 * `profile` (a charset, an extension) is 415. `application/json; charset=utf-8` is plain JSON and fine.
 */
export function unsupportedContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== jsonApiType) return undefined;
  const unsupported = unsupportedParameters(parameters, ['profile']);
  return unsupported.length > 0 ? unsupported.join('; ') : undefined;
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
    (request, body, done) => {
      const unsupported = unsupportedContentType(request.headers['content-type']);
      if (unsupported) {
        return done(
          new AppError('unsupported_media_type', `The JSON:API media type takes no parameter but profile; this request has ${unsupported}.`, {
            source: { header: 'Content-Type' },
          }),
          undefined,
        );
      }
      const text = body as string;
      if (text.trim() === '') return done(null, undefined);
      const finding = scanJson(text, limits.jsonDepthMax);
      if (finding?.kind === 'too_deep') {
        return done(
          new AppError('malformed_json', `The request body nests deeper than ${limits.jsonDepthMax} levels of objects and arrays.`),
          undefined,
        );
      }
      let parsed: unknown;
      try {
        // secure-json-parse refuses __proto__ and constructor.prototype, which could poison objects.
        parsed = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      } catch (error) {
        const reason = error instanceof SyntaxError ? error.message : 'it sets a forbidden prototype property';
        return done(new AppError('malformed_json', `The request body is not valid JSON: ${reason}.`), undefined);
      }
      if (finding?.kind === 'inexact_integer') {
        return done(
          new AppError(
            'validation_failed',
            `\`${finding.literal.slice(0, 40)}\` is not a whole number, though it would be read as ${Number(finding.literal)}: amounts and counts must be written exactly.`,
            { source: { pointer: finding.pointer } },
          ),
          undefined,
        );
      }
      done(null, parsed);
    },
  );
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route also answers `application/xml` when the client asks for it (see prefersXml). */
    answersXml?: boolean;
  }
}
