// The reference R of `npm run bench`: a bare Fastify route answering one prepared primary-key SELECT
// through `pg`, what the fastest possible GET /entities/:id would cost without authentication, JSON:API
// or anything else Linkcy does. Started by scripts/bench.ts beside the Linkcy server; prints its address.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
pool.on('error', () => {});
const app = Fastify();
app.get('/entities/:id', async (request, reply) => {
  const { rows } = await pool.query({ name: 'entity-by-id', text: 'SELECT * FROM entities WHERE id = $1', values: [request.params.id] });
  return rows[0] ? reply.send({ data: rows[0] }) : reply.code(404).send({});
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`listening on ${address}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
