/**
 * The chart's view of one series: the same evaluation as the run (same models, same seed), plus
 * each model's in-sample fit on all history, which the packed outcome leaves out to stay small.
 * Each source's future is stored as the run stores the exported one, so the chart reads its band
 * from the run's calibration exactly as the export does.
 */
import { medianBlend } from '../core/forecast/auto';
import { storedForecastOf } from '../core/forecast/distribution';
import { evaluateSeries } from '../core/forecast/evaluate';
import type { ModelEvaluation } from '../core/forecast/evaluate-types';
import type { FitOptions, ModelDescription, ModelId } from '../core/forecast/types';
import { evaluationSettings, pooledForecasters, precomputedForecasters } from './forecast-evaluation';
import { localForecaster } from '../core/forecast/local-forecasters';
import { modelDescriptor } from '../core/forecast/model-registry';
import type { DetailSource, RunSettings, SeriesDetail, SeriesTask } from './forecast-protocol';

/** The chart's detail of one series. */
export function seriesDetail(task: SeriesTask, settings: RunSettings, models: ModelId[]): SeriesDetail {
  const { input, index } = task;
  const fittedHere = [
    ...models.flatMap((id) => localForecaster(id) ?? []),
    ...pooledForecasters(settings).filter((forecaster) => models.includes(forecaster.id)),
  ];
  const forecasters = [
    ...fittedHere,
    ...precomputedForecasters(task.precomputed ?? {}).filter((forecaster) => models.includes(forecaster.id)),
  ];
  const evaluationOptions = evaluationSettings(settings, index);
  const evaluation = evaluateSeries(input, forecasters, evaluationOptions);
  const futureOf = (source: ModelEvaluation | typeof evaluation.auto, members: string[]) =>
    source === null ? null : storedForecastOf(source, members, evaluation.futureScale, input.futureClosed);
  const fitOptions: FitOptions = { horizon: settings.horizon, seed: evaluationOptions.seed };
  const fittedById = new Map<ModelId, Float64Array>();
  const describedById = new Map<ModelId, ModelDescription>();
  const modelSource = (model: ModelEvaluation): DetailSource => {
    let fitted: Float64Array | null = null;
    const forecaster = fittedHere.find((candidate) => candidate.id === model.id);
    if (model.error === undefined && forecaster !== undefined) {
      fitted = forecaster.fit(input, fitOptions).fitted;
      fittedById.set(model.id, fitted);
    }
    if (model.description !== undefined) describedById.set(model.id, model.description);
    return {
      slot: model.id,
      label: model.label,
      fitted,
      validation: model.validationForecasts,
      test: model.testForecasts,
      future: model.error === undefined ? futureOf(model, [model.id]) : null,
      descriptions:
        model.description !== undefined ? [{ label: model.label, description: model.description }] : [],
      ...(model.error !== undefined ? { error: model.error } : {}),
    };
  };
  const sources = evaluation.models.map(modelSource);
  const auto = evaluation.auto;
  if (settings.model === 'auto' && auto !== null) {
    const members = auto.choice.members;
    const memberFits = members.flatMap((id) => {
      const fitted = fittedById.get(id);
      return fitted === undefined ? [] : [[fitted]];
    });
    const labelOf = (id: ModelId): string => modelDescriptor(id).label;
    sources.unshift({
      slot: 'auto',
      label: `Auto (${auto.choice.kind === 'blend' ? 'blend' : labelOf(members[0] ?? 'snaive')})`,
      fitted: memberFits.length === members.length ? (medianBlend(memberFits)[0] ?? null) : null,
      validation: auto.validationForecasts,
      test: auto.testForecasts,
      future: futureOf(auto, [...members]),
      descriptions: members.flatMap((id) => {
        const description = describedById.get(id);
        return description === undefined ? [] : [{ label: labelOf(id), description }];
      }),
    });
  }
  return {
    index,
    y: input.y,
    dates: input.dates,
    split: evaluation.split,
    sources,
    choice: settings.model === 'auto' && auto !== null ? auto.choice : null,
  };
}
