import { app } from './app';
import { data } from './data';
import { engine } from './engine';
import { forecast } from './forecast';
import { inventory } from './inventory';
import { neural } from './neural';
import { outlook } from './outlook';

/** Every English namespace; a feature adds its file here and in `zh-CN/index.ts`. */
export const en = { app, data, engine, forecast, inventory, neural, outlook };
