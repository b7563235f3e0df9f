/**
 * A saved model as one self-contained JSON file (model.json and its weights together, the weights
 * base64-encoded), for export to and import from a file. What is inside is checked on the way in:
 * an unexpected file is refused with a code the page words, never half-loaded.
 */
import type { io } from '@tensorflow/tfjs';
import { NEURAL_MODEL_FORMAT, READABLE_NEURAL_MODEL_FORMATS } from './serialize';

export const MODEL_FILE_KIND = 'shelfcast-neural-model-file';

/** Why a file is not a model this version can read. */
export type ModelFileProblem = 'not-json' | 'not-a-model' | 'other-version';

export class ModelFileError extends Error {
  constructor(readonly problem: ModelFileProblem) {
    super(`Not a Shelfcast model file (${problem})`);
    this.name = 'ModelFileError';
  }
}

interface ModelFile {
  kind: typeof MODEL_FILE_KIND;
  format: string;
  modelTopology: object;
  weightSpecs: io.WeightsManifestEntry[];
  /** The weights' bytes, base64. */
  weightData: string;
  userDefinedMetadata?: { [key: string]: object };
}

const CHUNK = 0x8000;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The weights as one ArrayBuffer (tfjs may hand them over in parts). */
function weightBuffer(data: io.WeightData): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const total = data.reduce((sum, part) => sum + part.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of data) {
    joined.set(new Uint8Array(part), offset);
    offset += part.byteLength;
  }
  return joined.buffer;
}

export function modelFileText(artifacts: io.ModelArtifacts): string {
  if (!artifacts.modelTopology || !artifacts.weightSpecs || !artifacts.weightData) {
    throw new ModelFileError('not-a-model');
  }
  const file: ModelFile = {
    kind: MODEL_FILE_KIND,
    format: artifacts.format ?? NEURAL_MODEL_FORMAT,
    modelTopology: artifacts.modelTopology as object,
    weightSpecs: artifacts.weightSpecs,
    weightData: toBase64(weightBuffer(artifacts.weightData)),
    ...(artifacts.userDefinedMetadata ? { userDefinedMetadata: artifacts.userDefinedMetadata } : {}),
  };
  return JSON.stringify(file);
}

function isModelFile(value: unknown): value is ModelFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<ModelFile>;
  return (
    file.kind === MODEL_FILE_KIND &&
    typeof file.format === 'string' &&
    typeof file.modelTopology === 'object' &&
    Array.isArray(file.weightSpecs) &&
    typeof file.weightData === 'string'
  );
}

export function artifactsFromModelFile(text: string): io.ModelArtifacts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ModelFileError('not-json');
  }
  if (!isModelFile(parsed)) throw new ModelFileError('not-a-model');
  if (!READABLE_NEURAL_MODEL_FORMATS.includes(parsed.format)) throw new ModelFileError('other-version');
  let weightData: ArrayBuffer;
  try {
    weightData = fromBase64(parsed.weightData);
  } catch {
    throw new ModelFileError('not-a-model');
  }
  return {
    modelTopology: parsed.modelTopology,
    format: parsed.format,
    weightSpecs: parsed.weightSpecs,
    weightData,
    ...(parsed.userDefinedMetadata ? { userDefinedMetadata: parsed.userDefinedMetadata } : {}),
  };
}
