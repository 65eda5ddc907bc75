// Builds the SDK (sdk/, its own package) twice from one source: ES modules in sdk/dist for `import`,
// CommonJS in sdk/dist/cjs for `require` (a default `npm init -y` project), each with its types; the
// package's `exports` sends each kind of consumer to its own. Run by `npm run build` and by the SDK's
// packaging test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function buildSdk(root = path.resolve(import.meta.dirname, '..')) {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  fs.rmSync(path.join(root, 'sdk/dist'), { recursive: true, force: true });
  for (const project of ['sdk/tsconfig.json', 'sdk/tsconfig.cjs.json']) {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, project)], { stdio: 'inherit' });
  }
  // The SDK's package.json says `"type": "module"`; this one makes the CommonJS build what it is.
  fs.writeFileSync(path.join(root, 'sdk/dist/cjs/package.json'), '{ "type": "commonjs" }\n');
}

if (import.meta.url === `file://${process.argv[1]}`) buildSdk();
