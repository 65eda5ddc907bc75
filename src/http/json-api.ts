import type { FastifyReply } from 'fastify';
import type { SerializedResponse } from '../commands/idempotency.js';
import { errorCatalog } from '../errors/catalog.js';
import type { ErrorDetail } from '../errors/app-error.js';

/** The JSON:API media type every response carries (SPEC §1). */
export const jsonApiMediaType = 'application/vnd.api+json';

/**
 * A response computed inside a command and sent as is. Keeping it as a serialized string lets the
 * idempotency layer store it and replay it byte for byte.
 */

/** The document of a single resource: the resource, and its own link as the document's `self`. */
export function resourceDocument<Resource extends { links: { self: string } }>(resource: Resource) {
  return { data: resource, links: { self: resource.links.self } };
}

/** 201 Created: the new resource's document, and its address in `Location`. */
export function createdResponse<Resource extends { links: { self: string } }>(resource: Resource): SerializedResponse {
  return documentResponse(201, resourceDocument(resource), { Location: resource.links.self });
}

export function documentResponse(status: number, document: unknown, headers: Record<string, string> = {}): SerializedResponse {
  return { status, headers, body: JSON.stringify(document) };
}

export function sendResponse(reply: FastifyReply, response: SerializedResponse, extraHeaders: Record<string, string> = {}) {
  return (
    reply
      .code(response.status)
      .headers({ ...response.headers, ...extraHeaders })
      .header('Content-Type', jsonApiMediaType)
      // A Buffer is sent as is; a string would get "; charset=utf-8" appended, which JSON:API forbids.
      .send(Buffer.from(response.body))
  );
}

export function sendDocument(reply: FastifyReply, status: number, document: unknown) {
  return sendResponse(reply, documentResponse(status, document));
}

/** Where the docs explain a code: what it means and what to do (served by the docs, from the catalog). */
export const errorAboutLink = (code: string) => `/docs/errors#${code}`;

export function errorDocument(requestId: string, details: ErrorDetail[]) {
  return {
    errors: details.map((detail) => {
      const definition = errorCatalog[detail.code];
      return {
        id: requestId,
        status: String(definition.status),
        code: detail.code,
        title: definition.title,
        detail: detail.detail,
        ...(detail.source ? { source: detail.source } : {}),
        links: { about: errorAboutLink(detail.code) },
      };
    }),
  };
}
