import type { Catalogue } from '../catalogue-types';
import type { engine as en } from '../en/engine';

export const engine: Catalogue<typeof en> = {
  modelFallback: '此版本的 Shelfcast 不提供模型“{{model}}”，已改为选择“自动”。',
};
