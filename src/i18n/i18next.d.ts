import 'i18next';
import type { en } from './en';

// Typed keys: `t('steps.data')` compiles only if the English catalogue has it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: typeof en;
  }
}
