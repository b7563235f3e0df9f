/** The bench's training worker: the app's own train.worker.ts, with the memory probe loaded first. */
import './neural-memory-probe';
import '../../src/workers/train.worker';
