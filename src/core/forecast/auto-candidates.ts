/**
 * Which models Auto may choose for a series, and which ones form its default combination. Every
 * model still runs and is scored (the leaderboard shows them all); these rules only keep Auto from
 * choosing a model whose assumptions the series visibly breaks, which a few noisy validation
 * windows can otherwise favour by chance.
 */
import { isSeasonal } from './models/classical-decomposition';
import { classifyDemand } from './models/intermittent';
import { COMBINATION_ANCHORS, combinationMembers, modelDescriptor, type ModelId } from './model-registry';
import { interpolateMissing } from './series-prep';
import { periodsPerYear } from './split';
import type { SeriesCovariate } from './types';

/**
 * The combination Auto starts from on continuous demand: the per-period median of these models
 * (those that fitted). Combining ETS, Theta, ARIMA and a decomposition method is the M3/M4 lesson:
 * such a combination is rarely the best on one series and rarely far from it, where choosing one
 * model on a few windows often picks a poor one. The median keeps one model's bad forecast (ETS
 * ignoring a 52-week season, say) from moving the combination much.
 */
export const COMBINATION_MEMBERS: readonly ModelId[] = combinationMembers('continuous');

/**
 * The combination Auto starts from on intermittent or lumpy demand: the per-period median of SBA
 * (the demand rate, with Croston's upward bias corrected), seasonal naive (last week's pattern of
 * selling days) and AR-X (the day-of-week, price, promotion and event effects the other two cannot
 * see). Each is often the best on a few windows and often poor on the next; their median keeps one
 * method's miss from becoming Auto's, as the continuous combination does. Three methods that look
 * at different things make a better median than two that agree: with TSB, a second rate method, in
 * AR-X's place, the test MASE of the combination on the intermittent series of the accuracy
 * benchmark was 12 % (bakery) and 14 % (M5) higher (BENCHMARKS.md).
 */
export const INTERMITTENT_COMBINATION_MEMBERS: readonly ModelId[] = combinationMembers('intermittent');

/**
 * Fewest comparison windows a network must be scored on for Auto to choose it. A network learned
 * from every series' train part, so it has forecasts only from the end of train on
 * (precomputed-forecaster.ts: globalModelOrigins): the validation windows, which are also the ones
 * its training stopped early on. A horizon holdout has one such window; on one or two, a network
 * that happened to fit that stretch of calendar looks like a better model, and choosing it made
 * Auto worse on the weekly sets of the benchmark (BENCHMARKS.md, neural section). Three is the
 * fewest windows the interval calibration rests on too (split.ts: MIN_CALIBRATION_WINDOWS).
 */
export const MIN_NETWORK_WINDOWS = 3;

/** Whether Auto may choose model `id` when it could be scored on `windows` comparison windows. */
export function judgedOnEnoughWindows(id: ModelId, windows: number): boolean {
  return modelDescriptor(id).cost !== 'trained' || windows >= MIN_NETWORK_WINDOWS;
}

/** Periods of history from which the pooled regression is no candidate for Auto (see autoPool). */
export const POOLED_MAX_HISTORY = (seasonLength: number): number => 2 * periodsPerYear(seasonLength) + 2;

/**
 * First differences. The seasonality test runs on them: a random walk's or a trend's slowly
 * decaying autocorrelation would otherwise pass for a season at every lag.
 */
function differences(y: Float64Array): Float64Array {
  return y.length < 2 ? new Float64Array(0) : y.subarray(1).map((value, t) => value - (y[t] as number));
}

export interface AutoPool {
  /** Models Auto does not choose for this series. */
  excluded: Set<ModelId>;
  /** The default combination's members (empty: Auto chooses on validation alone). */
  combination: readonly ModelId[];
  /** A model the combination's median may be averaged with (auto.ts: anchoredBlend). */
  anchor?: ModelId;
  /**
   * The anchor reads a real plan of the series' price or promotions (plannedDecision): the median
   * averaged with it is then the combination, unless the median alone scores lower overall and on
   * most windows.
   */
  anchorPlanned?: boolean;
}

/**
 * Whether the series' price or one of its promotion columns comes from a plan and has varied over
 * `historyLength` periods: then AR-X, the one model in Auto's pool that reads covariates, has learned
 * how this series answers it and knows its value in every forecast period, where the other models
 * see only past sales. Price and promotions are the covariates whose future a retailer sets itself
 * and whose effect on units sold is well established (a mean price elasticity of about −2.6 over
 * 1,851 estimates: Bijmolt, van Heerde & Pieters, J. Marketing Research 2005; a promotion is run
 * to lift the sales of the weeks it runs). Other planned columns are not
 * taken as such proof: a store's temperature or a region's CPI in plan rows is someone's forecast,
 * and a holiday flag is calendar the models partly see already. The column's role comes from the
 * mapping (the price column, a covariate mapped as a promotion), which the user sees and corrects.
 * A carried-forward value (no plan rows) or one that never changed gives AR-X nothing the others lack.
 */
export function plannedDecision(covariates: readonly SeriesCovariate[], historyLength: number): boolean {
  return covariates.some((covariate) => {
    const decision = covariate.price === true || covariate.promotion === true;
    if (!decision || covariate.carriedForward === true) return false;
    let first = NaN;
    for (let t = 0; t < historyLength; t++) {
      const value = covariate.values[t] as number;
      if (Number.isNaN(value)) continue;
      if (Number.isNaN(first)) first = value;
      else if (value !== first) return true;
    }
    return false;
  });
}

/**
 * Auto's pool for the history before the test part (train and validation: what Auto chooses on):
 * - naive (the last value) is the forecast for a random walk; a seasonal series is not one, and on
 *   intermittent demand the last value is a zero or a spike;
 * - the moving average forecasts a flat level, which a seasonal series visibly contradicts;
 * - AR-X is no member of the continuous combination: where covariates matter it is often far better
 *   than the rest, and it is then chosen on its own (a median with it would mostly follow the
 *   others); on intermittent demand it is the combination's one view of calendar and covariates;
 * - on continuous demand the median may be averaged with AR-X (auto.ts: anchoredBlend), by default
 *   where the series' price or promotions are planned (plannedDecision), else only where the windows
 *   ask for it;
 * - intermittent or lumpy demand starts from the intermittent combination, not the continuous one:
 *   on mostly-zero demand the continuous models' median is a small positive level every day, a
 *   forecast the intermittent methods exist to replace;
 * - the pooled regression is a candidate only for a series shorter than two years and two periods
 *   (POOLED_MAX_HISTORY). It exists for young series: their own models cannot fit a yearly season
 *   (ETS, ARIMA and STL ask two years of it; daily models see only the week), and its month dummies
 *   and seasonal lag bring the year from the whole catalogue. An older series' own seasonal models
 *   see the year themselves, and one more candidate that is rarely the best mostly adds the risk of
 *   choosing it by luck on a few windows. Decided on the selection windows, not on test: with each
 *   series' last horizon held back, Auto choosing on the windows before validation and scored on
 *   the validation window, the pooled candidate made Auto worse on both weekly sets of the accuracy
 *   benchmark, whose series are older than that (mean MASE 0.562 → 0.564 on 45 Walmart stores, 1.785
 *   → 1.848 on 7 departments), and moved it by under 1 % either way on the three daily sets, whose
 *   series are younger, where it stays a candidate (BENCHMARKS.md).
 */
export function autoPool(
  history: Float64Array,
  seasonLength: number,
  covariates: readonly SeriesCovariate[] = [],
): AutoPool {
  const excluded = new Set<ModelId>();
  if (history.length >= POOLED_MAX_HISTORY(seasonLength)) excluded.add('pooled');
  const seasonal = seasonLength > 1 && isSeasonal(differences(interpolateMissing(history)), seasonLength);
  const demand = classifyDemand(history).kind;
  const intermittent = demand === 'intermittent' || demand === 'lumpy';
  if (seasonal || intermittent) excluded.add('naive');
  if (seasonal) excluded.add('moving-average');
  const anchor = COMBINATION_ANCHORS.continuous;
  return intermittent
    ? { excluded, combination: INTERMITTENT_COMBINATION_MEMBERS }
    : {
        excluded,
        combination: COMBINATION_MEMBERS,
        ...(anchor === undefined ? {} : { anchor }),
        anchorPlanned: plannedDecision(covariates, history.length),
      };
}
