// The timeline of a batch, from the server's side (issue 30): when each statement of each write
// transaction was handed to pg and when its answer came back to the event loop.
//
// Record, under the bench's load (the Linkcy server only):
//   BENCH_NODE_ARGS="--import ./scripts/trace-batches.mjs" BENCH_ONLY='^card authorizations, 1,000 cards$' npm run bench
// Each traced server writes /tmp/linkcy-trace-<pid>.json when it stops. Then:
//   node scripts/trace-batches.mjs report /tmp/linkcy-trace-<pid>.json [pattern]
// prints, for the transactions whose statements match `pattern` (default: an authorization batch's
// write), each step's median send time and wait, the transaction's length, the gap between one and the
// next, the share of the time one was in flight, and the server's event-loop utilization.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

if (process.argv[2] === 'report') report(process.argv[3], new RegExp(process.argv[4] ?? 'balance_changes'));
else record();

function record() {
  const pg = createRequire(import.meta.url)('pg');
  const origin = performance.now();
  const done = [];
  const open = new WeakMap();
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function traced(config, values, callback) {
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    const sent = performance.now();
    const answer = query.call(this, config, values, callback);
    if (/^begin/i.test(text)) open.set(this, { begin: sent, steps: [] });
    const transaction = open.get(this);
    if (transaction && typeof answer?.then === 'function') {
      const step = { text: text.slice(0, 48).replace(/\s+/g, ' '), sent, answered: 0 };
      transaction.steps.push(step);
      const end = () => {
        step.answered = performance.now();
        if (/^(commit|rollback)/i.test(text)) {
          done.push(transaction);
          open.delete(this);
        }
      };
      answer.then(end, end);
    }
    return answer;
  };
  const utilization = performance.eventLoopUtilization();
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    const relative = (at) => +(at - origin).toFixed(3);
    writeFileSync(
      `/tmp/linkcy-trace-${process.pid}.json`,
      JSON.stringify({
        eventLoopUtilization: performance.eventLoopUtilization(utilization).utilization,
        transactions: done.map(({ begin, steps }) => ({
          begin: relative(begin),
          steps: steps.map((step) => ({ text: step.text, sent: relative(step.sent), answered: relative(step.answered) })),
        })),
      }),
    );
  };
  process.on('exit', write);
  // The server ends itself on SIGTERM; this only makes sure the file is written first.
  process.prependListener('SIGTERM', write);
}

function report(file, pattern) {
  const { eventLoopUtilization, transactions } = JSON.parse(readFileSync(file, 'utf8'));
  const chosen = transactions.filter(({ steps }) => steps.some((step) => pattern.test(step.text)));
  if (chosen.length === 0) throw new Error(`no transaction has a statement matching ${pattern}`);
  // Each shape (its statements in order) that at least a twentieth of the matching ones have.
  const shapes = new Map();
  for (const transaction of chosen) {
    const shape = transaction.steps.map((step) => step.text).join(' | ');
    shapes.set(shape, [...(shapes.get(shape) ?? []), transaction]);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const ms = (value) => value.toFixed(2).padStart(7);
  console.log(`${chosen.length} transactions match ${pattern}; the server's event loop was ${(eventLoopUtilization * 100).toFixed(0)} % busy`);
  for (const batches of [...shapes.values()].sort((a, b) => b.length - a.length)) {
    if (batches.length < Math.max(2, chosen.length / 20)) continue;
    console.log(`\n${batches.length} of this shape; median ms after BEGIN was sent:  sent answered  waited`);
    batches[0].steps.forEach((step, index) => {
      const sent = median(batches.map((batch) => batch.steps[index].sent - batch.begin));
      const answered = median(batches.map((batch) => batch.steps[index].answered - batch.begin));
      const waited = median(batches.map((batch) => batch.steps[index].answered - batch.steps[index].sent));
      console.log(`  ${step.text.padEnd(40).slice(0, 40)} ${ms(sent)} ${ms(answered)} ${ms(waited)}`);
    });
    const ends = batches.map((batch) => batch.steps.at(-1).answered);
    const lengths = batches.map((batch, index) => ends[index] - batch.begin);
    const gaps = batches.slice(1).map((batch, index) => batch.begin - ends[index]);
    const span = ends.at(-1) - batches[0].begin;
    console.log(
      `  transaction ${median(lengths).toFixed(2)} ms (median), ${median(gaps).toFixed(2)} ms to the next one; ` +
        `one in flight ${((lengths.reduce((a, b) => a + b, 0) / span) * 100).toFixed(0)} % of the time`,
    );
  }
}
