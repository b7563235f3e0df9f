/**
 * The period-by-period inventory simulation over typed arrays. Each period: arrivals (clearing any
 * backlog first), then demand (met from stock; the rest is lost or backordered), then expiry of
 * perishables, then the review, where the policy may order; an order placed at t arrives at the start
 * of t + delay (a delay of 0 puts it on the shelf at once). Holding is charged on the on-hand stock at
 * the end of each period. The run writes plain sums into a Float64Array so the optimiser can replay
 * thousands of candidates without allocating results.
 */
import { roundOrder } from './order-rounding';
import { policyOrder } from './policy-order';
import type { PolicyKind } from './types';

/** Slots of the record a simulation writes. */
export const SIM = {
  periods: 0,
  demand: 1,
  /** Units met from stock in the period they were asked for. */
  sold: 2,
  /** Units lost (lost sales) or backordered (backorders). */
  short: 3,
  stockoutPeriods: 4,
  endOnHandSum: 5,
  orders: 6,
  orderedUnits: 7,
  receivedUnits: 8,
  /** Backordered units shipped when stock arrived. */
  backlogServed: 9,
  expiredUnits: 10,
  /** Replenishment cycles: the run's start and every period with an arrival start one. */
  cycles: 11,
  cyclesWithStockout: 12,
  endOnHand: 13,
  endBacklog: 14,
  endOnOrder: 15,
  initialOnHand: 16,
  initialOnOrder: 17,
} as const;
export const SIM_SLOTS = 18;

/** The levels of one policy, period by period over the simulated window (read at reviews only). */
export interface PolicySchedule {
  kind: PolicyKind;
  /** Periods between reviews; reviews fall on the window's first period and every `reviewPeriod` after. */
  reviewPeriod: number;
  reorderPoint: Float64Array;
  orderUpTo: Float64Array;
  orderQuantity: Float64Array;
}

export interface SimulationOptions {
  backorders: boolean;
  minOrderQuantity: number;
  packSize: number;
  /** Periods a unit can be sold after it arrives, or null when stock keeps. */
  shelfLife: number | null;
  /** Delay of an order placed in each period of the window (see arrivalDelays). */
  arrivalDelay: Int32Array;
  initialOnHand: number;
  /** Units already on order at the start, arriving at period `initialOnOrderArrival` of the replayed periods. */
  initialOnOrder: number;
  initialOnOrderArrival: number;
  /** When given, filled period by period (for the chart of one series; the optimiser leaves it out). */
  trace?: SimulationTrace;
}

/** Per period of a run (each array as long as the window): the state at the end of the period. */
export interface SimulationTrace {
  onHand: Float64Array;
  /** On hand − backlog + on order, after the review. */
  position: Float64Array;
  ordered: Float64Array;
  received: Float64Array;
  short: Float64Array;
}

const NO_COHORTS = new Float64Array(0);
let scratch = new Float64Array(64);

/**
 * The pipeline ring (its first `size` slots zeroed), reused between runs: the optimiser replays thousands of short windows
 * and allocating a typed array for each showed up as garbage-collection time.
 */
function pipelineScratch(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, 2 * scratch.length));
  scratch.fill(0, 0, size);
  return scratch;
}

/** Simulates demand[from, to) under a schedule (indexed from 0 at `from`) and writes the sums into `record`. */
export function simulate(
  demand: Float64Array,
  from: number,
  to: number,
  schedule: PolicySchedule,
  options: SimulationOptions,
  record: Float64Array,
): void {
  const periods = to - from;
  const { kind, reorderPoint, orderUpTo, orderQuantity, reviewPeriod } = schedule;
  const { backorders, minOrderQuantity, packSize, arrivalDelay, trace } = options;
  let maxDelay = options.initialOnOrderArrival;
  for (let i = 0; i < periods; i++) maxDelay = Math.max(maxDelay, arrivalDelay[i] as number);
  const ringSize = maxDelay + 1;
  const pipeline = pipelineScratch(ringSize);
  const perishable = options.shelfLife !== null;
  const shelfLife = options.shelfLife ?? 0;
  // Stock by the period it arrived (perishables only), sold oldest first.
  const cohorts = perishable ? new Float64Array(periods + 1) : NO_COHORTS;
  let oldest = 0;

  let onHand = options.initialOnHand;
  let onOrder = options.initialOnOrder;
  let backlog = 0;
  if (perishable) cohorts[0] = onHand;
  if (onOrder > 0) pipeline[options.initialOnOrderArrival % ringSize] = onOrder;
  let totalDemand = 0;
  let sold = 0;
  let short = 0;
  let stockoutPeriods = 0;
  let endOnHandSum = 0;
  let orders = 0;
  let ordered = 0;
  let received = 0;
  let backlogServed = 0;
  let expired = 0;
  let cycles = 1;
  let cyclesWithStockout = 0;
  let cycleHadStockout = false;

  // Ring slot and review countdown are stepped, not taken with %, which costs an integer division a
  // period and dominated the replay time.
  let slot = -1;
  let untilReview = 0;
  for (let i = 0; i < periods; i++) {
    slot = slot + 1 === ringSize ? 0 : slot + 1;
    let arriving = pipeline[slot] as number;
    if (trace !== undefined) trace.received[i] = arriving;
    if (arriving > 0) {
      pipeline[slot] = 0;
      onOrder -= arriving;
      received += arriving;
      if (i > 0) {
        if (cycleHadStockout) cyclesWithStockout++;
        cycles++;
        cycleHadStockout = false;
      }
      if (backlog > 0) {
        const served = Math.min(backlog, arriving);
        backlog -= served;
        backlogServed += served;
        arriving -= served;
      }
      onHand += arriving;
      if (perishable) cohorts[i] = (cohorts[i] as number) + arriving;
    }

    const asked = demand[from + i] as number;
    if (asked > 0) {
      totalDemand += asked;
      const met = asked < onHand ? asked : onHand;
      sold += met;
      onHand -= met;
      if (perishable) {
        let left = met;
        while (left > 0 && oldest <= i) {
          const take = Math.min(left, cohorts[oldest] as number);
          cohorts[oldest] = (cohorts[oldest] as number) - take;
          left -= take;
          if ((cohorts[oldest] as number) <= 0) oldest++;
        }
      }
      const unmet = asked - met;
      if (trace !== undefined) trace.short[i] = unmet;
      if (unmet > 0) {
        short += unmet;
        stockoutPeriods++;
        cycleHadStockout = true;
        if (backorders) backlog += unmet;
      }
    }

    if (perishable) {
      // Units that arrived at period a can be sold in periods a … a + shelfLife − 1.
      for (; oldest <= i - shelfLife + 1; oldest++) {
        const spoiled = cohorts[oldest] as number;
        if (spoiled > 0) {
          expired += spoiled;
          onHand -= spoiled;
          cohorts[oldest] = 0;
        }
      }
    }

    if (untilReview === 0) {
      untilReview = reviewPeriod;
      const position = onHand - backlog + onOrder;
      const wanted = policyOrder(
        kind,
        position,
        reorderPoint[i] as number,
        orderUpTo[i] as number,
        orderQuantity[i] as number,
      );
      const quantity = roundOrder(wanted, minOrderQuantity, packSize);
      if (trace !== undefined) trace.ordered[i] = quantity;
      if (quantity > 0) {
        orders++;
        ordered += quantity;
        const delay = arrivalDelay[i] as number;
        if (delay === 0) {
          received += quantity;
          if (trace !== undefined) trace.received[i] = (trace.received[i] as number) + quantity;
          const served = Math.min(backlog, quantity);
          backlog -= served;
          backlogServed += served;
          onHand += quantity - served;
          if (perishable) cohorts[i] = (cohorts[i] as number) + quantity - served;
        } else {
          onOrder += quantity;
          const at = slot + delay >= ringSize ? slot + delay - ringSize : slot + delay;
          pipeline[at] = (pipeline[at] as number) + quantity;
        }
      }
    }
    untilReview--;
    endOnHandSum += onHand;
    if (trace !== undefined) {
      trace.onHand[i] = onHand;
      trace.position[i] = onHand - backlog + onOrder;
    }
  }
  if (cycleHadStockout) cyclesWithStockout++;

  record[SIM.periods] = periods;
  record[SIM.demand] = totalDemand;
  record[SIM.sold] = sold;
  record[SIM.short] = short;
  record[SIM.stockoutPeriods] = stockoutPeriods;
  record[SIM.endOnHandSum] = endOnHandSum;
  record[SIM.orders] = orders;
  record[SIM.orderedUnits] = ordered;
  record[SIM.receivedUnits] = received;
  record[SIM.backlogServed] = backlogServed;
  record[SIM.expiredUnits] = expired;
  record[SIM.cycles] = cycles;
  record[SIM.cyclesWithStockout] = cyclesWithStockout;
  record[SIM.endOnHand] = onHand;
  record[SIM.endBacklog] = backlog;
  record[SIM.endOnOrder] = onOrder;
  record[SIM.initialOnHand] = options.initialOnHand;
  record[SIM.initialOnOrder] = options.initialOnOrder;
}
