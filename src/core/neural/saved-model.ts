/**
 * What is saved beside a trained network (its name, when and how it was trained), and whether a
 * saved network can read the data loaded now: the same series count (its series identity columns),
 * frequency and covariates, in order.
 */
import type { io } from '@tensorflow/tfjs';
import type { Frequency } from '../dataset/types';
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

/** What a saved network must match to read the data: every series of a Dataset shares these. */
export interface DataShape {
  seriesCount: number;
  frequency: Frequency;
  /** The mapped covariates, in order. */
  covariateNames: readonly string[];
}

/** Null when the saved network can forecast data of this shape, else why not. */
export function modelFitProblem(layout: InputLayout, data: DataShape): ModelFitProblem | null {
  if (data.seriesCount !== layout.seriesCount) return 'series-count';
  if (data.frequency !== layout.frequency) return 'frequency';
  const names = layout.covariates.map((c) => c.name).join('\n');
  return data.covariateNames.join('\n') === names ? null : 'covariates';
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
