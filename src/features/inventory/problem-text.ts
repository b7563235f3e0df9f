/** A form field that does not read, in words: the field's label and why. */
import type { TFunction } from 'i18next';
import type { InputField, InputProblem } from './inventory-inputs';

/** The label of a field (the class targets have their own). */
export function fieldLabel(field: InputField, t: TFunction<'inventory'>): string {
  switch (field) {
    case 'targetA':
      return t('settings.classTargets.a');
    case 'targetB':
      return t('settings.classTargets.b');
    case 'targetC':
      return t('settings.classTargets.c');
    default:
      return t(`settings.fields.${field}.label`);
  }
}

/** `seriesId` when the field is one series' override (its label then names the series). */
export function problemText(
  field: InputField,
  problem: InputProblem,
  t: TFunction<'inventory'>,
  seriesId?: string,
): string {
  const label =
    seriesId === undefined
      ? fieldLabel(field, t)
      : t('settings.overrides.fieldOf', { label: fieldLabel(field, t), id: seriesId });
  switch (problem.code) {
    case 'empty':
      return t('settings.problems.empty', { label });
    case 'notNumber':
      return t('settings.problems.notNumber', { label, text: problem.text });
    case 'notWhole':
      return t('settings.problems.notWhole', { label });
    case 'belowMin':
      return t('settings.problems.belowMin', { label, min: problem.min });
    case 'outOfRange':
      return t('settings.problems.outOfRange', { label, below: problem.below });
  }
}
