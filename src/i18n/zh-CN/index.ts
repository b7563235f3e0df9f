import type { Catalogue } from '../catalogue-types';
import type { en } from '../en';
import { app } from './app';
import { neural } from './neural';

export const zhCN: { [N in keyof typeof en]: Catalogue<(typeof en)[N]> } = { app, neural };
