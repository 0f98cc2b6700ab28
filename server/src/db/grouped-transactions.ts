import type { Knex } from 'knex';

/** A piece of work for a grouped transaction: see `Database.groupedTransaction`. */
export type TransactionUnit<T> = (trx: Knex.Transaction) => Promise<T>;

type Queued = {
  unit: TransactionUnit<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/**
 * Group commit for SQLite's one writer (decision 0018). Units that arrive while a batch is
 * being written wait, and then run one after the other in one transaction: one BEGIN, one
 * COMMIT and one write of the pages they share, instead of one each. Under light load a batch
 * is a single unit, so nothing waits that would not have waited for the writer anyway.
 *
 * The result is as if the units had run one by one in their own transactions, in arrival
 * order:
 * - a unit that throws is rolled back with its batch; the others run again without it, and
 *   it is refused only once they have committed. A caller seeing the refusal (a unique key
 *   taken by an earlier unit, say) can read what the earlier units wrote;
 * - when COMMIT itself is refused (a foreign key checked at COMMIT), each unit of the batch
 *   runs alone, so only the one at fault fails.
 *
 * Units must therefore be safe to run again, and settle only when none of their statements is
 * still running.
 */
export function createGroupedTransactions(
  knex: Knex,
  options: {
    /** The most units one transaction holds the writer for. */
    maxUnits: number;
    /** Run once at the start of each batch's transaction. */
    begin: (trx: Knex.Transaction) => Promise<unknown>;
  },
) {
  const queue: Queued[] = [];
  let writing = false;

  type Attempt =
    | { outcome: 'committed'; results: unknown[] }
    | { outcome: 'unit_failed'; index: number; error: unknown }
    | { outcome: 'transaction_failed'; error: unknown };

  async function attempt(batch: readonly Queued[]): Promise<Attempt> {
    const results: unknown[] = [];
    // An array, as what the transaction's callback assigns stays visible to the type checker.
    const failed: { index: number; error: unknown }[] = [];
    try {
      await knex.transaction(async (trx) => {
        await options.begin(trx);
        for (const [index, queued] of batch.entries()) {
          try {
            results.push(await queued.unit(trx));
          } catch (error) {
            failed.push({ index, error });
            throw error;
          }
        }
      });
      return { outcome: 'committed', results };
    } catch (error) {
      const [unit] = failed;
      return unit ? { outcome: 'unit_failed', ...unit } : { outcome: 'transaction_failed', error };
    }
  }

  /** Writes a batch until what is left of it commits; returns the units it refused. */
  async function write(batch: readonly Queued[]): Promise<[Queued, unknown][]> {
    const refused: [Queued, unknown][] = [];
    let left = batch;
    while (left.length > 0) {
      const result = await attempt(left);
      if (result.outcome === 'committed') {
        left.forEach((queued, index) => queued.resolve(result.results[index]));
        break;
      }
      if (result.outcome === 'unit_failed') {
        refused.push([left[result.index] as Queued, result.error]);
        left = left.filter((_, index) => index !== result.index);
        continue;
      }
      if (left.length === 1) {
        refused.push([left[0] as Queued, result.error]);
        break;
      }
      for (const queued of left)
        for (const [unit, error] of await write([queued])) unit.reject(error);
      break;
    }
    return refused;
  }

  async function drain() {
    writing = true;
    try {
      while (queue.length > 0) {
        const refused = await write(queue.splice(0, options.maxUnits));
        for (const [queued, error] of refused) queued.reject(error);
      }
    } finally {
      writing = false;
    }
  }

  return function groupedTransaction<T>(unit: TransactionUnit<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ unit, resolve: resolve as (value: unknown) => void, reject });
      if (!writing) void drain();
    });
  };
}
