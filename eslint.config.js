import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['data', 'forecast', 'inventory'];

/** Import bans that keep the layers of ARCHITECTURE.md one-way. */
const noUi = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'recharts', 'zustand', 'zustand/*'],
    message: 'core/ is plain TypeScript: no React or UI libraries.',
  },
  {
    group: ['**/features/**', '**/app/**', '**/workers/**', '**/storage/**'],
    message: 'core/ imports nothing from features, app, workers or storage.',
  },
];
/**
 * The store is composed in app/ from the features' slices; features reach it through
 * features/shared/store.ts, so the dependency runs one way (app → features).
 */
const noApp = [
  {
    group: ['**/app/**', '../app/*', '../../app/*'],
    message: 'features/ never import app/; use features/shared/ (the store, shared widgets).',
  },
];
const noTfjs = [{ group: ['@tensorflow/*'], message: 'tfjs is allowed in core/neural/ only.' }];

/**
 * Every user-visible string goes through the i18n catalogues (src/i18n): no literal text between
 * JSX tags, nor in the attributes a person reads or hears.
 */
const noLiteralText = [
  {
    selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]',
    message: 'User-visible text goes through t() (src/i18n).',
  },
  {
    selector: 'JSXElement > JSXExpressionContainer > Literal[value=/[A-Za-z\\u4e00-\\u9fff]/]',
    message: 'User-visible text goes through t() (src/i18n).',
  },
  {
    selector: 'JSXElement > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]',
    message: 'User-visible text goes through t() (src/i18n).',
  },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > Literal',
    message: 'User-visible attributes go through t() (src/i18n).',
  },
  // The same attributes given as an expression: title={'Close'}, alt={`Close`}.
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > JSXExpressionContainer > Literal[value=/[A-Za-z\\u4e00-\\u9fff]/]',
    message: 'User-visible attributes go through t() (src/i18n).',
  },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]',
    message: 'User-visible attributes go through t() (src/i18n).',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/.out', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-alert': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/neural/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...noUi, ...noTfjs] }] },
  },
  {
    files: ['src/core/neural/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noUi }] },
  },
  {
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', 'react', 'react-dom', 'recharts', 'zustand'],
              message: 'workers/ import core/ only, never features or app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...noLiteralText] },
  },
  {
    files: ['src/features/shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: noApp }] },
  },
  // A feature shares through core/ or the store, never through another feature's internals.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noApp,
            ...FEATURES.filter((other) => other !== feature).map((other) => ({
              group: [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`],
              message: `features/${feature} may not import features/${other}; share through core/ or the store.`,
            })),
          ],
        },
      ],
    },
  })),
);
