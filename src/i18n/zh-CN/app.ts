import type { Catalogue } from '../catalogue-types';
import type { app as en } from '../en/app';

export const app: Catalogue<typeof en> = {
  name: 'Shelfcast',
  tagline: '私密的销量预测',
  steps: {
    label: '步骤',
    data: '数据',
    forecast: '预测',
    inventory: '库存',
  },
  about: '关于与隐私',
  footer: 'Shelfcast 完全在此浏览器中运行。您的数据不会离开此设备。',
  language: {
    label: '语言',
    en: 'English',
    'zh-CN': '简体中文',
  },
};
