import { createRequire } from 'node:module';

/** The package's version, from package.json (one place to change it), for the CLI, the API and /metrics. */
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
