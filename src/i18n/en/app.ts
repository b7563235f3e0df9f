/** English strings of the app shell (header, navigation, footer, language, About, the crash screen). */
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
  aboutPage: {
    title: 'About Shelfcast',
    intro:
      'Shelfcast forecasts sales and plans stock from your own sales history. It is a static web page: every file you open is read, cleaned and modelled inside this browser tab.',
    privacy: 'Privacy',
    nothingLeaves:
      'Nothing leaves this device. There is no server, no account, no analytics and no tracking.',
    policy:
      "The page's security policy blocks every connection to another site, so even a bug cannot upload your data.",
    stored:
      "The only things kept between visits are your column mappings and settings, in this browser's own storage (IndexedDB). Clearing the site's data removes them.",
    samples: 'Sample data',
    retailTitle: 'Synthetic retail, daily',
    retailText:
      'Synthetic data, generated for Shelfcast: daily unit sales of made-up stores and items with promotions and prices. It describes no real business.',
    ausTitle: 'Australian retail turnover, monthly',
    ausText:
      'Australian retail turnover: Source: Australian Bureau of Statistics, Retail Trade, Australia, cat. 8501.0, table 11, CC BY 4.0 (via the tsibbledata R package).',
  },
  crash: {
    title: 'Something went wrong',
    text: 'Shelfcast hit an unexpected problem and stopped this screen. Your data never left this device. Reloading the page starts again; files you loaded will need to be loaded again.',
    retry: 'Try again',
    reload: 'Reload the page',
  },
};
