import { z } from 'zod';

/**
 * A timestamp as every document carries it (SPEC §1: RFC 3339, UTC, `2026-11-26T14:37:28.123Z`). Declared
 * as a date-time, so the OpenAPI document says `format: date-time` and generated clients can parse it.
 */
export const timestampSchema = z.iso.datetime().describe('RFC 3339 UTC timestamp.');
