/**
 * Values that read the same in every language: the product's name, model and metric
 * abbreviations, codes, language names written in their own language. A zh-CN value equal to its
 * English one is a missed translation unless it is listed here (`catalogues.test.ts`).
 */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set([
  'Shelfcast',
  'English',
  '简体中文',
  'RNN',
  'LSTM',
  'GRU',
  'CNN',
  'MLP',
  'ETS',
  'ARIMA',
  'AR-X',
  'STL',
  'TSB',
  'MASE',
  'sMAPE',
  'MAPE',
  'WAPE',
  'MAE',
  'RMSE',
  'MSE',
  'AICc',
  'CSV',
  'WebGPU',
  'WebGL',
  'WASM',
  'CPU',
  'ABC',
  'XYZ',
  'EOQ',
  '(s, Q)',
  '(s, S)',
  '(R, S)',
]);
