import { StringDecoder } from 'node:string_decoder';
import { releaseGarbage } from '../../heap.js';
import { schemaProblems, type MessageKind } from './iso20022.js';

/**
 * Validates a bank file of any size against its schema without holding it (issue 30): libxml2 (our
 * validator) only validates a whole document held in memory, and a statement of 200,000 entries makes
 * a tree of gigabytes there. So the file is read as a stream and cut into documents of about a megabyte,
 * each one validated on its own: the elements around the repeated records (a statement's Ntry, a
 * payment's CdtTrfTxInf), then a window of records, then the closing tags. Each window carries what
 * its records' ancestors held before them (the group header, the statement's account and balances) and,
 * of an earlier statement that is complete, a skeleton (its fields and its last record), so that every
 * content model holds in every window exactly when it holds in the file: the schemas' constraints are
 * each element's own children, never counted across records (no identity constraints).
 *
 * The windows are cut from the file's own text (a small tokenizer finds the tags; libxml2 checks
 * everything else), so a problem is reported at its line in the file, with libxml2's words.
 */

/** The repeated element of each message with a schema here. */
const records: Record<MessageKind, string> = { 'pain.001.001.09': 'CdtTrfTxInf', 'camt.053.001.08': 'Ntry' };
const namespaces = new Map<string, MessageKind>([
  ['urn:iso:std:iso:20022:tech:xsd:pain.001.001.09', 'pain.001.001.09'],
  ['urn:iso:std:iso:20022:tech:xsd:camt.053.001.08', 'camt.053.001.08'],
]);

/** A window is validated once it holds this many characters and a record begins. */
const windowTarget = 1 << 20;
/** More than this in one window (one huge record, or no records at all) and the file is refused. */
const windowLimit = 32 << 20;
/** Enough to say what is wrong: the reading stops after this many problems. */
const enoughProblems = 20;

/** Text taken from the file, and the file's line it begins on. */
interface Piece {
  text: string;
  line: number;
}

interface Frame {
  name: string;
  open: Piece;
  /** Where its text begins in the window (a part index), while it may be kept whole. */
  start: number;
  isRecord: boolean;
  /** It holds records: kept as a skeleton, never whole. */
  bearing: boolean;
  /** What a window keeps of it: its complete children before its first record… */
  before: { name: string; pieces: Piece[]; skeleton: boolean }[];
  /** …its last record, and its complete children after the first record. */
  lastRecord: Piece | undefined;
  after: Piece[];
  /** Records in the current window. */
  recordsInWindow: number;
}

/** The document being put together: the file's text, with where each run of it comes from. */
class Window {
  parts: string[] = [];
  length = 0;
  /** Where a run of the file's text begins (a part index) and its line in the file. */
  runs: { part: number; line: number }[] = [];

  /** After a piece, the file's text begins a run of its own. */
  private afterPiece = false;

  /** The file's text as it comes, continuing the current run. */
  add(text: string, line: number) {
    if (this.runs.length === 0 || this.afterPiece) this.startRun(line);
    this.afterPiece = false;
    this.parts.push(text);
    this.length += text.length;
  }

  /** A piece kept from earlier, on a line of its own. */
  addPiece(piece: Piece) {
    this.startRun(piece.line);
    this.parts.push(piece.text);
    this.length += piece.text.length;
    this.afterPiece = true;
  }

  private startRun(line: number) {
    if (this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.runs.push({ part: this.parts.length, line });
  }

  /** The text since a part index. */
  since(part: number): string {
    return this.parts.slice(part).join('');
  }

  /** The text and, for each of its lines, the file's line. */
  document(): { text: string; fileLine: (line: number) => number } {
    const starts: { windowLine: number; fileLine: number }[] = [];
    let windowLine = 1;
    let run = 0;
    for (let part = 0; part < this.parts.length; part += 1) {
      while (run < this.runs.length && this.runs[run]!.part === part) starts.push({ windowLine, fileLine: this.runs[run++]!.line });
      const text = this.parts[part]!;
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) windowLine += 1;
    }
    return {
      text: this.parts.join(''),
      fileLine(line) {
        let found = starts[0] ?? { windowLine: 1, fileLine: 1 };
        for (const start of starts) if (start.windowLine <= line) found = start;
        return found.fileLine + (line - found.windowLine);
      },
    };
  }
}

export interface StreamedSchemaCheck {
  /** The message, when it has a schema here (otherwise nothing was validated). */
  kind: MessageKind | undefined;
  problems: string[];
  /** How many documents it was validated as. */
  windows: number;
}

/**
 * Reads a document (chunks of text or bytes) and answers what is wrong with it for its schema, by the
 * file's lines. Messages without a schema here (or not among `only`) are recognised by their root and
 * not read further.
 */
export async function streamedSchemaProblems(
  source: AsyncIterable<string | Buffer>,
  only: readonly MessageKind[] = ['pain.001.001.09', 'camt.053.001.08'],
): Promise<StreamedSchemaCheck> {
  const problems = new Set<string>();
  const stack: Frame[] = [];
  let kind: MessageKind | undefined;
  let recordName = '';
  let prolog: Piece = { text: '', line: 1 };
  let window = new Window();
  let windows = 0;
  let rootClosed = false;
  let stop = false;
  const pending: Promise<void>[] = [];

  const refuse = (line: number, reason: string) => {
    problems.add(`line ${line}: ${reason}`);
    stop = true;
  };

  const validate = async (document: Window) => {
    windows += 1;
    const { text, fileLine } = document.document();
    for (const problem of await schemaProblems(kind!, text)) {
      const line = /^line (\d+): /.exec(problem);
      problems.add(line ? `line ${fileLine(Number(line[1]))}: ${problem.slice(line[0].length)}` : problem);
    }
    if (problems.size >= enoughProblems) stop = true;
  };

  /** The record's text, once it is complete: kept by its container as its last record. */
  const skeleton = (frame: Frame, close: Piece): Piece[] => [
    frame.open,
    ...frame.before.flatMap((child) => child.pieces),
    ...(frame.lastRecord ? [frame.lastRecord] : []),
    ...frame.after,
    close,
  ];

  /** Closes the window's open elements, validates it, and starts the next with what the open elements keep. */
  const cut = (line: number) => {
    const document = window;
    for (let index = stack.length - 1; index >= 0; index -= 1) document.add(`</${stack[index]!.name}>`, line);
    pending.push(validate(document));
    window = new Window();
    if (prolog.text) window.addPiece(prolog);
    for (const frame of stack) {
      window.addPiece(frame.open);
      for (const child of frame.before) for (const piece of child.pieces) window.addPiece(piece);
      if (frame.lastRecord) window.addPiece(frame.lastRecord);
      for (const piece of frame.after) window.addPiece(piece);
      frame.recordsInWindow = frame.lastRecord ? 1 : 0;
    }
  };

  /** The elements open inside the current record, by name: carried whole with it, nothing kept apart. */
  const inRecord: string[] = [];

  const openElement = (tag: string, name: string, line: number) => {
    if (inRecord.length > 0 || stack.at(-1)?.isRecord) {
      inRecord.push(name);
      window.add(tag, line);
      return;
    }
    const local = name.slice(name.indexOf(':') + 1);
    if (stack.length === 0) {
      if (rootClosed) return refuse(line, 'the file holds a second root element');
      const prefix = name.includes(':') ? `xmlns:${name.slice(0, name.indexOf(':'))}` : 'xmlns';
      const declared = new RegExp(`\\s${prefix.replace('.', '\\.')}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag)?.[2] ?? '';
      kind = namespaces.get(declared);
      if (kind && !only.includes(kind)) kind = undefined;
      if (!kind) {
        // Not a message with a schema here: nothing to validate in parts.
        stop = true;
        return;
      }
      recordName = records[kind];
      prolog = { text: window.since(0), line: 1 };
    }
    const container = stack.at(-1);
    const isRecord = local === recordName;
    if (isRecord && container && window.length >= windowTarget && container.recordsInWindow > 0) cut(line);
    const start = window.parts.length;
    window.add(tag, line);
    stack.push({
      name,
      open: { text: tag, line },
      start,
      isRecord,
      bearing: false,
      before: [],
      lastRecord: undefined,
      after: [],
      recordsInWindow: 0,
    });
  };

  const closeElement = (tag: string, name: string, line: number, openLine: number) => {
    if (inRecord.length > 0) {
      const open = inRecord.pop()!;
      if (open !== name) return refuse(line, `the file is not well-formed XML: </${name}> closes <${open}>`);
      window.add(tag, line);
      return;
    }
    const frame = stack.pop();
    if (!frame || frame.name !== name) {
      return refuse(line, `the file is not well-formed XML: ${frame ? `</${name}> closes <${frame.name}>` : `</${name}> closes nothing`}`);
    }
    window.add(tag, line);
    const parent = stack.at(-1);
    if (!parent) {
      rootClosed = true;
      return;
    }
    if (frame.isRecord) {
      parent.lastRecord = { text: window.since(frame.start), line: frame.open.line };
      parent.recordsInWindow += 1;
      parent.bearing = true;
    } else if (frame.bearing) {
      // Kept as its skeleton, in place of an earlier one of its kind (Stmt+, PmtInf+).
      parent.bearing = true;
      const kept = { name: frame.name, pieces: skeleton(frame, { text: tag, line }), skeleton: true };
      const previous = parent.before.at(-1);
      if (previous?.skeleton && previous.name === frame.name) parent.before[parent.before.length - 1] = kept;
      else parent.before.push(kept);
    } else {
      const whole = { text: window.since(frame.start), line: openLine };
      if (parent.lastRecord) parent.after.push(whole);
      else parent.before.push({ name: frame.name, pieces: [whole], skeleton: false });
    }
  };

  // The tokenizer: the text not yet read, where it is, and the file's line there.
  let text = '';
  let at = 0;
  let line = 1;
  const moveTo = (index: number) => {
    for (let newline = text.indexOf('\n', at); newline !== -1 && newline < index; newline = text.indexOf('\n', newline + 1)) line += 1;
    at = index;
  };
  /** Reads what is complete in `text`; answers false when the rest needs more of the file. */
  const read = (final: boolean) => {
    while (!stop && at < text.length) {
      if (window.length > windowLimit) {
        refuse(line, `more than ${windowLimit >> 20} MB without a ${recordName} ends here; the file cannot be checked in parts`);
        return;
      }
      const lt = text.indexOf('<', at);
      if (lt !== at) {
        // Text (raw, as the file has it: validated by libxml2 with its entities).
        const end = lt === -1 ? text.length : lt;
        window.add(text.slice(at, end), line);
        moveTo(end);
        continue;
      }
      const startLine = line;
      let end: number;
      if (text.startsWith('<!--', at)) end = endOf('-->', at + 4);
      else if (text.startsWith('<![CDATA[', at)) end = endOf(']]>', at + 9);
      else if (text.startsWith('<?', at)) end = endOf('?>', at + 2);
      else if (text.startsWith('<!', at)) end = doctypeEnd(at);
      else end = tagEnd(at);
      if (end === -1) {
        if (final) refuse(line, 'the file ends inside a tag');
        else if (text.length - at > windowLimit) refuse(line, `a tag, comment or declaration runs on for more than ${windowLimit >> 20} MB`);
        return;
      }
      const token = text.slice(at, end);
      moveTo(end);
      if (token[1] === '/') closeElement(token, token.slice(2, -1).trim(), line, startLine);
      else if (token[1] === '!' || token[1] === '?') window.add(token, startLine);
      else {
        const name = tagName(token);
        if (!name) {
          refuse(startLine, 'the file is not well-formed XML: a tag without a name');
          return;
        }
        openElement(token, name, startLine);
        if (!stop && token.endsWith('/>')) closeElement('', name, line, startLine);
      }
    }
    if (!stop && window.length > windowLimit) {
      refuse(line, `more than ${windowLimit >> 20} MB without a ${recordName} ends here; the file cannot be checked in parts`);
    }
  };
  const endOf = (marker: string, from: number) => {
    const index = text.indexOf(marker, from);
    return index === -1 ? -1 : index + marker.length;
  };
  /** The end of a start or end tag: its `>` outside quoted attribute values. */
  const tagEnd = (from: number) => {
    let quote = '';
    for (let index = from + 1; index < text.length; index += 1) {
      const char = text[index]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') return index + 1;
    }
    return -1;
  };
  /** The end of a DOCTYPE, past its internal subset in brackets. */
  const doctypeEnd = (from: number) => {
    const bracket = text.indexOf('[', from);
    const close = text.indexOf('>', from);
    if (close === -1) return -1;
    if (bracket === -1 || bracket > close) return close + 1;
    return endOf(']', bracket) === -1 ? -1 : endOf('>', endOf(']', bracket));
  };

  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    text = text.slice(at) + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    at = 0;
    read(false);
    // One window validated at a time: what is held stays about one window.
    await Promise.all(pending.splice(0));
    releaseGarbage();
    if (stop) break;
  }
  if (!stop) {
    text = text.slice(at) + decoder.end();
    at = 0;
    read(true);
    if (!stop && kind && stack.length > 0) refuse(line, `the file ends inside the element ${stack.at(-1)!.name}`);
  }
  await Promise.all(pending.splice(0));
  // The last window, once the whole file was read.
  if (kind && !stop) await validate(window);
  return { kind, problems: [...problems].slice(0, enoughProblems), windows };
}

/** The name in a start tag, up to a space, `/` or `>`. */
function tagName(tag: string): string | undefined {
  let end = 1;
  while (end < tag.length && !' \t\r\n/>'.includes(tag[end]!)) end += 1;
  return end > 1 ? tag.slice(1, end) : undefined;
}
