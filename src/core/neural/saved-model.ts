/**
 * What is saved beside a trained network (its name, when and how it was trained), and whether a
 * saved network can read the data loaded now: the same series count (its series identity columns),
 * frequency and covariates, in order.
 */
import type { io } from '@tensorflow/tfjs';
import type { SeriesInput } from '../forecast/types';
import type { InputLayout } from './input-layout';

export interface SavedModelMeta {
  name: string;
  /** ISO timestamp. */
  savedAt: string;
  /** Training steps of the network saved (the retraining on all history, or the evaluation run). */
  stepsRun: number;
  bestValidationLoss: number | null;
  backend: string;
  /** 'retrained': trained on all history; 'evaluated': on the train parts only (e.g. a cancelled run). */
  trainedOn: 'all-history' | 'train-part';
}

export type ModelFitProblem = 'series-count' | 'frequency' | 'covariates';

/** Null when the saved network can forecast `series`, else why not. */
export function modelFitProblem(layout: InputLayout, series: SeriesInput[]): ModelFitProblem | null {
  if (series.length !== layout.seriesCount) return 'series-count';
  const names = layout.covariates.map((c) => c.name).join('\n');
  for (const s of series) {
    if (s.frequency !== layout.frequency) return 'frequency';
    if (s.covariates.map((c) => c.name).join('\n') !== names) return 'covariates';
  }
  return null;
}

function isSavedModelMeta(value: unknown): value is SavedModelMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<SavedModelMeta>;
  return typeof meta.name === 'string' && typeof meta.savedAt === 'string';
}

/** The artifacts with `meta` as their user metadata (under one key: tfjs allows no null values at the top). */
export function withSavedMeta(artifacts: io.ModelArtifacts, meta: SavedModelMeta): io.ModelArtifacts {
  return { ...artifacts, userDefinedMetadata: { shelfcast: { ...meta } } };
}

export function savedMetaOf(artifacts: io.ModelArtifacts): SavedModelMeta | null {
  return metaOfUserData(artifacts.userDefinedMetadata);
}

/** The metadata as stored under the artifacts' `userDefinedMetadata`, read without tfjs. */
export function metaOfUserData(userDefinedMetadata: unknown): SavedModelMeta | null {
  const meta = (userDefinedMetadata as { shelfcast?: unknown } | null | undefined)?.shelfcast;
  return isSavedModelMeta(meta) ? meta : null;
}
