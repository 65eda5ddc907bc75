import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { describeDatabase, openDatabase } from './db/open.js';

/** The server: configuration, database, application, listen. Nothing else lives here. */
async function main() {
  const config = loadConfig();
  const logger = {
    level: config.logLevel,
    // Credentials travel in headers; the request serializer logs none, and redaction is the backstop.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
  };
  const startedAt = performance.now();
  const database = await openDatabase(config, (error) =>
    console.error(JSON.stringify({ level: 50, msg: 'database connection error', error: error.message })),
  );
  const app = await buildApp({ config, database, logger, holdSweepIntervalMs: 30_000, webhookIntervalMs: 250 });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // app.close stops accepting connections and waits for in-flight requests; then the database closes.
    const timer = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  app.log.info({ ms: Math.round(performance.now() - startedAt), database: database.engine }, 'ready');
  process.stdout.write(
    [
      '',
      `Linkcy ${config.mode} server listening on ${base}`,
      `  database:  ${describeDatabase(config)}`,
      `  Dashboard: ${base}/dashboard   (sign up, then generate API credentials on the Configuration page)`,
      `  API docs:  ${base}/docs   (OpenAPI: ${base}/openapi.json)`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`linkcy: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`linkcy: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
