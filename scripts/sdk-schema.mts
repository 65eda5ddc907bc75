// The SDK's types, rendered from the OpenAPI document with openapi-typescript. One function, used by
// `npm run sdk:generate` (which writes sdk/src/schema.ts) and by the test that fails when the committed
// file is not what the document the server serves today renders to.
import openapiTS, { astToString } from 'openapi-typescript';

export const sdkSchemaBanner = `/**
 * Generated from the Linkcy OpenAPI document by \`npm run sdk:generate\` (openapi-typescript). Do not
 * edit: change the route schemas, then regenerate. test/sdk/sdk.test.ts fails when this file drifts.
 */
`;

export async function renderSdkSchema(document: unknown): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  return sdkSchemaBanner + astToString(ast);
}
