import { describe, expect, it } from 'vitest';
import { runOutcome } from './run-outcome';

describe('runOutcome', () => {
  it('reads a finished run with nothing forecast as "nothing", never as a success', () => {
    expect(runOutcome('done', 0, 1)).toEqual({ kind: 'nothing', left: 1 });
    expect(runOutcome('done', 0, 0)).toEqual({ kind: 'nothing', left: 0 });
  });

  it('tells a complete run from one that left some series out', () => {
    expect(runOutcome('done', 4, 4)).toEqual({ kind: 'complete', forecast: 4 });
    expect(runOutcome('done', 3, 4)).toEqual({ kind: 'partial', forecast: 3, left: 1 });
  });

  it('keeps running, cancelled and failed runs apart', () => {
    expect(runOutcome('running', 2, 4).kind).toBe('running');
    expect(runOutcome('cancelled', 2, 4)).toEqual({ kind: 'cancelled', forecast: 2 });
    expect(runOutcome('failed', 0, 4).kind).toBe('failed');
  });
});
