import type { Catalogue } from '../catalogue-types';
import type { en } from '../en';
import { app } from './app';
import { data } from './data';
import { engine } from './engine';
import { forecast } from './forecast';
import { inventory } from './inventory';
import { neural } from './neural';
import { outlook } from './outlook';

export const zhCN: { [N in keyof typeof en]: Catalogue<(typeof en)[N]> } = {
  app,
  data,
  engine,
  forecast,
  inventory,
  neural,
  outlook,
};
