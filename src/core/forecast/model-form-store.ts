/**
 * The fitted models' descriptions (forms and parameters, model-form.ts) of a run's series, kept
 * packed (docs/architecture.md, "The run's results"): as objects they were tens of MB for 30,000
 * series, though most series share a handful of forms. A series' descriptions are split into their
 * shape (everything but the numbers: codes, notation, parameter names, column names), kept once per
 * distinct shape in a table, and their numbers, kept in one growing Float64Array, so reading back
 * gives the very same values (NaN, −0 and infinities included). Append-only: a handle once given
 * reads the same forever, so the run's published versions can share one store.
 */
import type { DescribedModel } from './run-results';

export interface ModelFormStore {
  /** Keeps one series' descriptions; the handle reads them back. */
  add(described: readonly DescribedModel[]): number;
  /** The descriptions kept under `handle`, as fresh objects. */
  read(handle: number): DescribedModel[];
}

/**
 * Stands for a number in a shape. No description holds an object keyed by the empty string (their
 * keys are the form's fields; a user's column name is only ever a value), so it cannot be mistaken.
 */
const MARK = { '': null };

function isMark(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '' && (value as Record<string, unknown>)[''] === null;
}

/** Room for `needed` items at least, doubling. */
function grown<T extends Float64Array | Int32Array>(array: T, needed: number, make: (size: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

export function createModelFormStore(): ModelFormStore {
  const shapes: string[] = [];
  const shapeIds = new Map<string, number>();
  /** Per handle: its shape's id and where its numbers start; its numbers end where the next start. */
  let entries = new Int32Array(64);
  let values = new Float64Array(256);
  let count = 0;
  let used = 0;

  const add = (described: readonly DescribedModel[]): number => {
    const numbers: number[] = [];
    const shape = JSON.stringify(described, (_key, value: unknown) => {
      if (typeof value !== 'number') return value;
      numbers.push(value);
      return MARK;
    });
    let id = shapeIds.get(shape);
    if (id === undefined) {
      id = shapes.length;
      shapes.push(shape);
      shapeIds.set(shape, id);
    }
    entries = grown(entries, 2 * (count + 1), (size) => new Int32Array(size));
    values = grown(values, used + numbers.length, (size) => new Float64Array(size));
    entries[2 * count] = id;
    entries[2 * count + 1] = used;
    values.set(numbers, used);
    used += numbers.length;
    return count++;
  };

  const read = (handle: number): DescribedModel[] => {
    if (!(handle >= 0 && handle < count)) throw new RangeError(`No descriptions under ${handle}`);
    let at = entries[2 * handle + 1] as number;
    const shape = shapes[entries[2 * handle] as number] as string;
    return JSON.parse(shape, (_key, value: unknown) =>
      isMark(value) ? values[at++] : value,
    ) as DescribedModel[];
  };

  return { add, read };
}
