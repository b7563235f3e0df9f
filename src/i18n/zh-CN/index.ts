import type { Catalogue } from '../catalogue-types';
import type { en } from '../en';
import { app } from './app';
import { inventory } from './inventory';

export const zhCN: { [N in keyof typeof en]: Catalogue<(typeof en)[N]> } = { app, inventory };
