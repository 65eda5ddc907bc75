import { z } from 'zod';

/**
 * The schemas the OpenAPI document names (`components.schemas`): each module names its resources
 * (`Entity`, `Card`, ...) and the document references them instead of repeating them inline, so
 * generated clients get named types. The name goes in zod's global registry beside the schema's
 * description and examples, which the document is built from too.
 */
export const apiSchemas = z.globalRegistry;

export function named<Schema extends z.ZodType>(schema: Schema, id: string): Schema {
  apiSchemas.add(schema, { ...apiSchemas.get(schema), id });
  return schema;
}
