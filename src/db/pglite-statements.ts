import { parse, protocol, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

/**
 * Named statements for the embedded database. PGlite's own `query` parses and plans every statement
 * anew and crosses into WebAssembly six times per call (parse, describe, bind, describe, execute, sync);
 * under card authorizations that was over half of the embedded server's time. Here a statement text
 * seen before runs as the named statement PostgreSQL parsed for it the first time: one call into
 * WebAssembly (bind, execute, sync), no parsing, and a generic plan once PostgreSQL chooses one.
 *
 * Wraps the PGlite instance drizzle is given: `query` with parameters, outside a transaction or in
 * one, takes this path, under PGlite's own locks; everything else is PGlite's. Texts beyond
 * `maxStatements` (a query whose text varies, such as `IN` lists of every length) run PGlite's way.
 */
export function withNamedStatements(pglite: PGlite, maxStatements = 500): PGlite {
  const statements = new Map<string, Statement>();
  let next = 0;

  async function run<Row>(text: string, params: unknown[] | undefined, options: QueryOptions | undefined): Promise<Results<Row>> {
    let statement = statements.get(text);
    if (!statement) {
      const name = `linkcy_${next++}`;
      const described = await pglite.execProtocolStream(
        join(protocol.serialize.parse({ name, text, ...(options?.paramTypes ? { types: options.paramTypes } : {}) }), describeStatement(name), sync),
        { syncToFs: false },
      );
      statement = {
        name,
        paramTypes: parse.parseDescribeStatementResults(described),
        rowDescription: described.filter((message) => message.name === 'rowDescription'),
      };
      statements.set(text, statement);
    }
    const { paramTypes } = statement;
    const values = (params ?? []).map((value, index) => {
      if (value === null || value === undefined) return null;
      const type = paramTypes[index]!;
      const serializer = options?.serializers?.[type] ?? pglite.serializers[type];
      return serializer ? serializer(value) : String(value);
    });
    const messages = await pglite.execProtocolStream(join(protocol.serialize.bind({ statement: statement.name, values }), execute, sync), {
      syncToFs: false,
    });
    return parse.parseResults([...statement.rowDescription, ...messages], pglite.parsers, options)[0] as Results<Row>;
  }

  /**
   * Whether a query takes this path: one with parameters (those repeat: DDL and migrations have none
   * and run once), no blob, and a text already named or room for one more.
   */
  const named = (text: string, params: unknown[] | undefined, options: QueryOptions | undefined) =>
    !options?.blob && params !== undefined && params.length > 0 && (statements.has(text) || statements.size < maxStatements);

  const query = async <Row>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>> => {
    if (!named(text, params, options)) return pglite.query<Row>(text, params, options);
    await pglite._checkReady();
    const result = await pglite._runExclusiveTransaction(() =>
      pglite._runExclusiveQuery(() => withContext(run<Row>(text, params, options), text, params)),
    );
    // What PGlite's query does outside a transaction: make the change durable in the data directory.
    await pglite.syncToFs();
    return result;
  };

  const transaction = <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> =>
    pglite.transaction((tx) =>
      callback(
        Object.assign(Object.create(tx) as Transaction, {
          query: <Row>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>> => {
            if (tx.closed) throw new Error('Transaction is closed');
            if (!named(text, params, options)) return tx.query<Row>(text, params, options);
            return pglite._runExclusiveQuery(() => withContext(run<Row>(text, params, options), text, params));
          },
        }),
      ),
    );

  return new Proxy(pglite, {
    get(target, property, receiver) {
      if (property === 'query') return query;
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

interface Statement {
  name: string;
  /** The parameter types PostgreSQL inferred, to serialize values as PGlite's query does. */
  paramTypes: number[];
  /** The statement's row description (none for a statement without rows), which its results are read with. */
  rowDescription: Parameters<typeof parse.parseResults>[0];
}

/** Errors carry the statement, as PGlite's own query errors do. */
async function withContext<T>(pending: Promise<T>, text: string, params: unknown[] | undefined): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error && typeof error === 'object') Object.assign(error, { query: text, params });
    throw error;
  }
}

const describeStatement = (name: string) => protocol.serialize.describe({ type: 'S', name });
const execute = protocol.serialize.execute({});
const sync = protocol.serialize.sync();

function join(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
