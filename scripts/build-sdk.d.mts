/** Builds the SDK as ES modules (sdk/dist) and CommonJS (sdk/dist/cjs); see build-sdk.mjs. */
export function buildSdk(root?: string): void;
