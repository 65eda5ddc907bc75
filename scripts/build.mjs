// `npm run build`: compiles src/ to dist/ (and sdk/src to sdk/dist) and copies what is not TypeScript (the SQL migrations), so that
// `npm start` runs plain JavaScript with no loader. Runs on `npm install` (the `prepare` script).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSdk } from './build-sdk.mjs';

const root = path.resolve(import.meta.dirname, '..');
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
fs.cpSync(path.join(root, 'src/db/migrations'), path.join(root, 'dist/db/migrations'), { recursive: true });
// The SDK (its own package in sdk/) is compiled beside, as ES modules and CommonJS, so a checkout can
// import or require it as JavaScript.
buildSdk(root);
// The CLI is the package's `bin` (`npx linkcy`): executable, with its shebang kept by tsc.
fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
