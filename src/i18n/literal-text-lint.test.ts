import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint messages of the literal-text rule (eslint.config.js) for a component in a feature. */
async function literalTextErrors(source: string): Promise<{ line: number; message: string }[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(source, { filePath: 'src/features/data/Probe.tsx' });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map(({ line, message }) => ({ line, message }));
}

describe('lint keeps user-visible text in the catalogues', () => {
  it('refuses literal text between JSX tags and in attributes a person reads or hears, in any script', async () => {
    const lines = [
      'export const A = () => <p>Next: Forecast</p>;',
      'export const B = () => <p>下一步</p>;',
      "export const C = () => <button aria-label='Close' />;",
      "export const D = () => <p>{'Loading'}</p>;",
      "export const E = () => <button title={'Close'} />;",
      'export const F = () => <img alt={`Chart of ${name}`} />;',
    ];
    const errors = await literalTextErrors(lines.join('\n'));
    expect(errors.map(({ line }) => line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lets catalogue text, punctuation and non-read attributes through', async () => {
    const errors = await literalTextErrors(
      [
        "import { useTranslation } from 'react-i18next';",
        'export function A() {',
        "  const { t } = useTranslation('data');",
        "  return <p className='note' data-testid='probe'>{t('summary.next')} · 42</p>;",
        '}',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});
