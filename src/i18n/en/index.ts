import { app } from './app';
import { engine } from './engine';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, engine };
