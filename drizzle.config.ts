import { defineConfig } from 'drizzle-kit';

// One migrations folder, applied by the server at start to PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
