import { app } from './app';
import { neural } from './neural';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, neural };
