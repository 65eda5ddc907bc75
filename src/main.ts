import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { describeDatabase, openDatabaseWithRetry } from './db/open.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { createLogger } from './logging.js';

/**
 * The server: configuration (every setting, the master key included, checked before anything slow),
 * database (waited for), application, listen. Every line it writes is JSON on stdout.
 */
const logger = createLogger();

async function main() {
  const config = loadConfig();
  logger.level = config.logLevel;
  const startedAt = performance.now();
  const database = await openDatabaseWithRetry(config, {
    onRetry: (reason, delayMs) => logger.warn({ reason, retryInMs: delayMs }, 'database not reachable yet; retrying'),
    onConnectionError: (error) => logger.error({ err: { message: error.message } }, 'database connection error'),
  });
  const app = await buildApp({ config, database, loggerInstance: logger, holdSweepIntervalMs: 30_000, webhookIntervalMs: 250 });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // app.close stops accepting connections and waits for in-flight requests; then the database closes.
    const timer = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(exitCodes.failed);
    }, 10_000);
    timer.unref();
    try {
      await app.close();
      await database.close();
    } finally {
      process.exit(exitCodes.ok);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // The banner is Fastify's own listening line (JSON like every other), worded for the person reading
  // it; written even when the level hides info lines, because supervisors and scripts wait for it.
  const banner = (address: string) =>
    `Linkcy ${config.mode} server listening on ${address} (dashboard: ${address}/dashboard, API docs: ${address}/docs)`;
  const address = await app.listen({ port: config.port, host: config.host, listenTextResolver: banner });
  const always = logger.isLevelEnabled('info') ? logger : logger.child({}, { level: 'info' });
  if (always !== logger) always.info(banner(address));
  always.info({ mode: config.mode, database: describeDatabase(config), startMs: Math.round(performance.now() - startedAt) }, 'ready');
}

main().catch((error: unknown) => {
  const code = exitCodeFor(error);
  // Expected failures (a setting, the database, the data directory) say why in one line; bugs keep their stack.
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal(code === exitCodes.internal ? { err: error, exitCode: code } : { exitCode: code }, `linkcy: ${message}`);
  process.exit(code);
});
