import net from 'node:net';
import tls from 'node:tls';
import { callTarget, deliveryLimits, guardedLookup, type Outcome } from '../webhooks/delivery.js';
import type { UrlPolicy } from '../webhooks/url-guard.js';

/**
 * The HTTP/1.1 client that asks authorization endpoints (SPEC §10): one POST per authorization over
 * connections kept open between calls, written as one string and its answer read by a parser that
 * knows only what an answer of a few bytes needs (a status, Content-Length or chunked framing,
 * `Connection: close`, a keep-alive hint). node:http's client with a keep-alive agent costs about twice
 * its CPU per call (scripts/bench-endpoint-client.ts: 100-164 against 51-77 µs, 32 calls at a time to
 * a 5 ms endpoint), and the server's one thread makes every call of the decision path. Webhooks keep
 * node:http (webhooks/delivery.ts#postSigned): one call per delivery, off the request path; both check
 * their target alike (`callTarget`, `guardedLookup`).
 *
 * Anything but a complete, well-framed answer within the deadline ends the call (the caller applies
 * the endpoint's fallback) and closes its connection; only a connection whose answer was read whole,
 * with nothing after it, serves another call. The deadline is total, from the first byte sent to the
 * last byte read, whatever the server trickles meanwhile.
 */

/** Longest an idle connection is kept, shortened by the server's `Keep-Alive: timeout=` hint. */
const idleMs = 4_000;
/** An answer's head (status line and headers) longer than this is refused. */
const headBytesMax = 16 * 1024;

/** Idle connections kept per origin, at most (as node:http's agent keeps 256 free sockets). */
const idlePerOriginMax = 256;

/** Idle connections per origin (and address policy: a connection made under one may not serve another). */
const idle = new Map<string, net.Socket[]>();

/** POSTs one signed message to an endpoint and reads its answer (at most deliveryLimits.responseBytesMax of body), within `timeoutMs` in all. */
export function postKeptAlive(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: UrlPolicy,
  timeoutMs: number,
  userAgent: string,
): Promise<Outcome> {
  const checked = callTarget(url, policy);
  if ('refused' in checked) return Promise.resolve({ error: checked.refused, durationMs: 0 });
  const { target, host, secure } = checked;
  if ([...Object.values(headers), userAgent].some((value) => /[\r\n]/.test(value))) {
    return Promise.resolve({ error: 'a header holds a line break', durationMs: 0 });
  }
  const origin = `${policy.allowPrivate ? 'any' : 'public'} ${target.protocol}//${target.host}`;
  const port = Number(target.port) || (secure ? 443 : 80);
  const head =
    `POST ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\n` +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nuser-agent: ${userAgent}\r\n\r\n`;
  const started = performance.now();
  const connect = () => {
    const lookup = guardedLookup(policy);
    const options = { host, port, noDelay: true, ...(lookup ? { lookup } : {}) };
    return secure ? tls.connect({ ...options, ...(net.isIP(host) ? {} : { servername: host }), ALPNProtocols: ['http/1.1'] }) : net.connect(options);
  };
  return new Promise((resolve) => {
    const attempt = (socket: net.Socket, reused: boolean) =>
      exchange(socket, head + body, Math.max(1, timeoutMs - (performance.now() - started)), timeoutMs, (outcome) => {
        // The server closed a kept-alive connection just as this call reused it: once more, on a new
        // connection, within what is left of the deadline (the message id lets a receiver dedupe).
        if ('closedBeforeAnswer' in outcome) {
          if (reused) return attempt(connect(), false);
          return resolve({ error: outcome.closedBeforeAnswer, durationMs: Math.round(performance.now() - started) });
        }
        resolve({ ...outcome.answer, durationMs: Math.round(performance.now() - started) });
        // Any other connection was closed by `exchange`.
        if (outcome.keepFor > 0) keep(origin, socket, outcome.keepFor);
      });
    const reused = take(origin);
    attempt(reused ?? connect(), reused !== undefined);
  });
}

/** The connection ended before a byte of the answer (`closedBeforeAnswer`: why), or the answer and how long its connection may be kept. */
type Exchanged = { closedBeforeAnswer: string } | { answer: Omit<Outcome, 'durationMs'>; keepFor: number };

/** Sends one request on `socket` and reads its answer; `done` is called once, with the socket closed unless it may be kept. */
function exchange(socket: net.Socket, request: string, deadlineMs: number, timeoutMs: number, done: (outcome: Exchanged) => void): void {
  const reader = new AnswerReader();
  let finished = false;
  const finish = (outcome: Exchanged, keep: boolean) => {
    if (finished) return;
    finished = true;
    clearTimeout(deadline);
    socket.off('data', onData);
    socket.off('end', onEnd);
    socket.off('close', onEnd);
    socket.off('error', onError);
    if (!keep) {
      socket.on('error', () => {});
      socket.destroy();
    }
    done(outcome);
  };
  const failed = (error: string) => {
    const status = reader.status;
    finish({ answer: status === undefined ? { error } : { status, error }, keepFor: 0 }, false);
  };
  const deadline = setTimeout(
    () => finish({ answer: { error: `no complete answer within ${timeoutMs / 1000} s`, timedOut: true }, keepFor: 0 }, false),
    deadlineMs,
  );
  const settle = () => {
    const state = reader.state;
    if (state === 'more') return;
    if (state === 'too long') return finish({ answer: { status: reader.status! }, keepFor: 0 }, false);
    if ('problem' in state) return failed(state.problem);
    finish({ answer: { status: state.status, body: state.body }, keepFor: state.keepFor }, state.keepFor > 0);
  };
  const onData = (chunk: Buffer) => {
    reader.push(chunk);
    settle();
  };
  const onEnd = () => {
    if (finished) return;
    if (!reader.started) return finish({ closedBeforeAnswer: 'the connection closed before an answer' }, false);
    reader.end();
    settle();
    if (!finished) failed('the connection closed mid-answer');
  };
  const onError = (error: Error) => {
    if (!reader.started) return finish({ closedBeforeAnswer: error.message.slice(0, 200) }, false);
    failed(error.message.slice(0, 200));
  };
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('close', onEnd);
  socket.on('error', onError);
  socket.ref();
  socket.write(request);
}

/** Puts a connection whose answer was read whole back for the next call to the same origin. */
function keep(origin: string, socket: net.Socket, forMs: number): void {
  const sockets = idle.get(origin) ?? [];
  if (sockets.length >= idlePerOriginMax) return void socket.destroy();
  idle.set(origin, sockets);
  sockets.push(socket);
  const drop = () => {
    clearTimeout(timer);
    const index = sockets.indexOf(socket);
    if (index >= 0) sockets.splice(index, 1);
    // An origin left without idle connections is forgotten (one per organization's endpoint ever asked).
    if (sockets.length === 0 && idle.get(origin) === sockets) idle.delete(origin);
    socket.destroy();
  };
  const timer = setTimeout(drop, forMs).unref();
  // Nothing is expected while idle: a close, an error or stray bytes end the connection.
  socket.on('close', drop);
  socket.on('error', drop);
  socket.on('data', drop);
  socket.unref();
  idleDrops.set(socket, { timer, drop });
}

const idleDrops = new WeakMap<net.Socket, { timer: NodeJS.Timeout; drop: () => void }>();

/** The most recently used idle connection to an origin, taken out of the pool. */
function take(origin: string): net.Socket | undefined {
  const sockets = idle.get(origin);
  const socket = sockets?.pop();
  if (!socket) return undefined;
  if (sockets!.length === 0) idle.delete(origin);
  const { timer, drop } = idleDrops.get(socket)!;
  clearTimeout(timer);
  socket.off('close', drop);
  socket.off('error', drop);
  socket.off('data', drop);
  return socket;
}

/** More bytes needed; a body past the limit (the status stands); an answer that is not well-formed; or the answer whole. */
type ReaderState = 'more' | 'too long' | { problem: string } | { status: number; body: string; keepFor: number };

/**
 * Reads one HTTP/1.1 answer from the bytes of a connection: informational (1xx) answers skipped, the
 * body framed by Content-Length, chunked encoding or the connection's end, at most
 * deliveryLimits.responseBytesMax of it. `state` says whether it is complete, what is wrong, or that
 * more bytes are needed.
 */
class AnswerReader {
  status: number | undefined;
  started = false;
  state: ReaderState = 'more';
  private buffered: Buffer = Buffer.alloc(0);
  private framing: { length: number } | 'chunked' | 'until end' | undefined;
  private keepFor = 0;
  private readonly body: Buffer[] = [];
  private bodyBytes = 0;
  private ended = false;

  push(chunk: Buffer): void {
    this.started = true;
    if (this.state !== 'more') return;
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    this.state = this.advance();
  }

  end(): void {
    this.ended = true;
    if (this.state !== 'more') return;
    if (this.framing === 'until end') this.state = this.complete();
  }

  private advance(): ReaderState {
    while (this.framing === undefined) {
      const headEnd = this.buffered.indexOf('\r\n\r\n');
      if (headEnd > headBytesMax || (headEnd < 0 && this.buffered.length > headBytesMax)) return { problem: 'an answer head too long' };
      if (headEnd < 0) return 'more';
      const problem = this.readHead(this.buffered.toString('latin1', 0, headEnd));
      this.buffered = this.buffered.subarray(headEnd + 4);
      if (problem) return problem;
    }
    if (this.framing === 'until end') return this.take(this.buffered.length) ? 'too long' : 'more';
    if (this.framing !== 'chunked') {
      const wanted = this.framing.length - this.bodyBytes;
      if (this.take(Math.min(wanted, this.buffered.length))) return 'too long';
      if (this.bodyBytes < this.framing.length) return 'more';
      return this.complete();
    }
    for (;;) {
      const lineEnd = this.buffered.indexOf('\r\n');
      if (lineEnd < 0) return this.buffered.length > 64 ? { problem: 'a chunk size line too long' } : 'more';
      const size = /^([0-9a-fA-F]{1,7})(;.*)?$/.exec(this.buffered.toString('latin1', 0, lineEnd));
      if (!size) return { problem: 'a malformed chunk size' };
      const length = parseInt(size[1]!, 16);
      if (length === 0) {
        // The last chunk's line, then trailers if any, end with an empty line.
        const end = this.buffered.indexOf('\r\n\r\n', lineEnd);
        if (end < 0) return this.buffered.length > headBytesMax ? { problem: 'trailers too long' } : 'more';
        this.buffered = this.buffered.subarray(end + 4);
        return this.complete();
      }
      if (this.bodyBytes + length > deliveryLimits.responseBytesMax) return 'too long';
      if (this.buffered.length < lineEnd + 2 + length + 2) return 'more';
      if (this.buffered.toString('latin1', lineEnd + 2 + length, lineEnd + 4 + length) !== '\r\n') return { problem: 'a malformed chunk' };
      this.buffered = this.buffered.subarray(lineEnd + 2);
      this.take(length);
      this.buffered = this.buffered.subarray(2);
    }
  }

  /** Moves `bytes` of the buffer into the body; true once the body is over the limit. */
  private take(bytes: number): boolean {
    this.body.push(this.buffered.subarray(0, bytes));
    this.buffered = this.buffered.subarray(bytes);
    this.bodyBytes += bytes;
    return this.bodyBytes > deliveryLimits.responseBytesMax;
  }

  /** Reads a status line and headers; an informational answer is skipped (the next head follows). */
  private readHead(text: string): Exclude<ReaderState, 'more'> | undefined {
    const [statusLine = '', ...lines] = text.split('\r\n');
    const status = /^HTTP\/1\.([01]) ([1-5]\d\d)(?: .*)?$/.exec(statusLine);
    if (!status) return { problem: 'not an HTTP/1.x answer' };
    const code = Number(status[2]);
    if (code === 101) return { problem: 'an unasked protocol switch' };
    if (code < 200) return undefined;
    this.status = code;
    let length: number | undefined;
    let chunked = false;
    let close = status[1] === '0';
    let hintMs = idleMs;
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) return { problem: 'a malformed header' };
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line
        .slice(colon + 1)
        .trim()
        .toLowerCase();
      if (name === 'content-length') {
        if (!/^\d{1,15}$/.test(value) || (length !== undefined && length !== Number(value))) return { problem: 'a malformed Content-Length' };
        length = Number(value);
      } else if (name === 'transfer-encoding') {
        chunked = value.split(',').at(-1)!.trim() === 'chunked';
        if (!chunked) close = true;
      } else if (name === 'connection') {
        const tokens = value.split(',').map((token) => token.trim());
        if (tokens.includes('close')) close = true;
        else if (status[1] === '0' && tokens.includes('keep-alive')) close = false;
      } else if (name === 'keep-alive') {
        const timeout = /(?:^|,)\s*timeout=(\d+)/.exec(value);
        // A second short of the hint, as node:http's agent does, so that the server is never the one to close first.
        if (timeout) hintMs = Math.min(hintMs, Number(timeout[1]) * 1000 - 1000);
      }
    }
    if (chunked && length !== undefined) return { problem: 'both Content-Length and chunked framing' };
    this.framing = code === 204 || code === 304 ? { length: 0 } : chunked ? 'chunked' : length !== undefined ? { length } : 'until end';
    this.keepFor = close || this.framing === 'until end' ? 0 : Math.max(0, hintMs);
    if (this.framing !== 'chunked' && this.framing !== 'until end' && this.framing.length > deliveryLimits.responseBytesMax) return 'too long';
    return undefined;
  }

  private complete(): ReaderState {
    // Bytes after the answer were never asked for: the connection is not reused.
    const keepFor = this.buffered.length > 0 || this.ended ? 0 : this.keepFor;
    return { status: this.status!, body: Buffer.concat(this.body).toString('utf8'), keepFor };
  }
}
