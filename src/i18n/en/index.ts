import { app } from './app';
import { outlook } from './outlook';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, outlook };
