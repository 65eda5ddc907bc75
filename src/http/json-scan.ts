/**
 * What JSON.parse cannot tell about a request body, read from its text in one pass before it is
 * parsed: how deeply it nests (every later walk of the value is recursive: a body nested thousands
 * deep, still under the size limit, overflowed the stack), and numbers written with a fraction or an
 * exponent that JSON.parse rounds to an integer (`100.000000000000000001` is read as 100: an amount
 * must be exactly what the client wrote, or refused). Text that is not JSON is left to the parser,
 * which says why.
 */
export type JsonFinding = { kind: 'too_deep'; depth: number } | { kind: 'inexact_integer'; pointer: string; literal: string };

interface Frame {
  array: boolean;
  /** Where the member being read is named (objects: its quoted name's span, decoded only for a pointer). */
  keyStart: number;
  keyEnd: number;
  /** The element's position (arrays). */
  index: number;
  expectKey: boolean;
}

const numberToken = /-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?/y;

export function scanJson(text: string, maxDepth: number): JsonFinding | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return { kind: 'too_deep', depth: stack.length + 1 };
      stack.push({ array: c === 0x5b, keyStart: 0, keyEnd: 0, index: 0, expectKey: c === 0x7b });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    } else if (c === 0x3a /* : */) {
      const top = stack.at(-1);
      if (top) top.expectKey = false;
    } else if (c === 0x22 /* " */) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      const top = stack.at(-1);
      if (top && !top.array && top.expectKey) [top.keyStart, top.keyEnd] = [i, end + 1];
      i = end;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      numberToken.lastIndex = i;
      const match = numberToken.exec(text);
      if (!match) continue;
      const literal = match[0];
      if ((match[2] !== undefined || match[3] !== undefined) && !isExactInteger(match[1]!, match[2] ?? '', Number(match[3] ?? 0))) {
        if (Number.isInteger(Number(literal))) return { kind: 'inexact_integer', pointer: pointerOf(text, stack), literal };
      }
      i += literal.length - 1;
    }
  }
  return undefined;
}

/** Whether digits `whole`.`fraction` times 10^`exponent` is a whole number (written, not as a double rounds it). */
function isExactInteger(whole: string, fraction: string, exponent: number): boolean {
  const digits = whole + fraction;
  const point = whole.length + exponent;
  for (let i = Math.max(point, 0); i < digits.length; i++) if (digits[i] !== '0') return false;
  return true;
}

function decodedKey(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** RFC 6901: `~` as `~0`, `/` as `~1`. */
function pointerOf(text: string, stack: Frame[]): string {
  const name = (frame: Frame) => decodedKey(text.slice(frame.keyStart, frame.keyEnd)).replaceAll('~', '~0').replaceAll('/', '~1');
  return stack.map((frame) => `/${frame.array ? frame.index : name(frame)}`).join('');
}
