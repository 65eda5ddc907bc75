import fs from 'node:fs';
import { renderErrorDocs } from '../src/errors/catalog-docs.js';

fs.writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorDocs());
console.log('wrote docs/errors.md');
