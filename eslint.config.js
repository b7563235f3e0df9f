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
];

/** Components whose strings are not yet in the catalogues; each leaves this list when converted. */
const NOT_YET_TRANSLATED = [
  'src/app/AboutPanel.tsx',
  'src/app/ErrorBoundary.tsx',
  'src/features/data/AmbiguousDateNotice.tsx',
  'src/features/data/CleaningSettingsForm.tsx',
  'src/features/data/CovariatePicker.tsx',
  'src/features/data/DatasetSummaryCard.tsx',
  'src/features/data/ImportProgressBar.tsx',
  'src/features/data/LoadPanel.tsx',
  'src/features/data/MappingPanel.tsx',
  'src/features/data/PageFileDrop.tsx',
  'src/features/data/PreviewTable.tsx',
  'src/features/data/SeriesPicker.tsx',
  'src/features/data/SheetPicker.tsx',
  'src/features/forecast/ClosedPeriodsNote.tsx',
  'src/features/forecast/ForecastChart.tsx',
  'src/features/forecast/ForecastPlot.tsx',
  'src/features/forecast/ForecastStep.tsx',
  'src/features/forecast/IntervalLevelSelect.tsx',
  'src/features/forecast/IntervalNote.tsx',
  'src/features/forecast/LossChart.tsx',
  'src/features/forecast/MetricsTable.tsx',
  'src/features/forecast/ModelExplanation.tsx',
  'src/features/forecast/ModelSettingsPanel.tsx',
  'src/features/forecast/NeuralProgress.tsx',
  'src/features/forecast/NeuralSettingsPanel.tsx',
  'src/features/forecast/SeriesOutlook.tsx',
  'src/features/forecast/SeriesTable.tsx',
  'src/features/forecast/TrainingProgress.tsx',
  'src/features/forecast/UnforecastableList.tsx',
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
    ignores: NOT_YET_TRANSLATED,
    rules: { 'no-restricted-syntax': ['error', ...noLiteralText] },
  },
  // A feature shares through core/ or the store, never through another feature's internals.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
            group: [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`],
            message: `features/${feature} may not import features/${other}; share through core/ or the store.`,
          })),
        },
      ],
    },
  })),
);
