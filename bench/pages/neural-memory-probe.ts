/**
 * Imported by the bench's training worker before the real one: records the peak of tf.memory().numBytes
 * (bytes of live tensors) at every tensor the engine tracks, and answers the bench page over a
 * BroadcastChannel (the worker's own message port is the RPC's). The app never loads this.
 */
import * as tf from '@tensorflow/tfjs';
import { MEMORY_CHANNEL } from './neural-memory-channel';

interface TrackingEngine {
  trackTensor(tensor: unknown, backend: unknown): void;
  state: { numBytes: number };
}

const engine = tf.engine() as unknown as TrackingEngine;
const track = engine.trackTensor.bind(engine);
let peakBytes = 0;
engine.trackTensor = (tensor, backend) => {
  track(tensor, backend);
  peakBytes = Math.max(peakBytes, engine.state.numBytes);
};

const channel = new BroadcastChannel(MEMORY_CHANNEL);
channel.onmessage = () => {
  channel.postMessage({ peakBytes, backend: tf.getBackend(), memory: { ...tf.memory() } });
};
