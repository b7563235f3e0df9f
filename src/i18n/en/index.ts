import { app } from './app';
import { inventory } from './inventory';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, inventory };
