import { app } from './app';
import { data } from './data';
import { forecast } from './forecast';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, data, forecast };
