import { app } from './app';
import { forecast } from './forecast';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, forecast };
