/** English strings of the app shell (header, navigation, footer, language). */
export const app = {
  name: 'Shelfcast',
  tagline: 'Private sales forecasting',
  steps: {
    label: 'Steps',
    data: 'Data',
    forecast: 'Forecast',
    inventory: 'Inventory',
  },
  about: 'About & privacy',
  footer: 'Shelfcast runs entirely in this browser. Your data never leaves this device.',
  language: {
    label: 'Language',
    en: 'English',
    'zh-CN': '简体中文',
  },
};
