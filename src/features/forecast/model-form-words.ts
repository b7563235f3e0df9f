/**
 * Words for what a fitted model says about itself: its form and its parameters' names arrive as
 * codes with figures (core/forecast/model-form.ts) and are worded here in the page's language.
 * Notation (ETS(M,Ad,M), ARIMA(1,1,1)(0,1,1)[12]) and the user's own column names stay as they are.
 */
import type { ForecastForm, ModelForm, ParameterName } from '../../core/forecast/model-form';
import { numberFormat } from '../../i18n/format';
import type { ForecastT } from './forecast-t';

/** 2024-01-01 was a Monday: day d of the week (0 = Monday) and month m are read off 2024. */
function weekdayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + day),
  );
}

function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, month, 1));
}

function thetaText(form: Extract<ModelForm, { code: 'theta' }>, t: ForecastT, locale: string): string {
  const theta = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lines =
    form.theta === null
      ? t('explanation.forms.thetaFlat')
      : t(form.optimised ? 'explanation.forms.thetaOptimised' : 'explanation.forms.theta', {
          theta: theta.format(form.theta),
        });
  return form.season === null
    ? lines
    : t('explanation.forms.withSeason', { form: lines, period: form.season });
}

export function formText(form: ModelForm, t: ForecastT, locale: string): string {
  switch (form.code) {
    case 'naive':
      return t('explanation.forms.naive');
    case 'naive-short':
      return t('explanation.forms.naiveShort', { period: form.period });
    case 'seasonal-naive':
      return t('explanation.forms.seasonalNaive', { period: form.period });
    case 'moving-average':
      return t('explanation.forms.movingAverage', { window: form.window });
    case 'arima':
      if (form.constant === 'none') return form.notation;
      return t(form.constant === 'mean' ? 'explanation.forms.arimaMean' : 'explanation.forms.arimaDrift', {
        notation: form.notation,
      });
    case 'ets':
      return form.notation;
    case 'theta':
      return thetaText(form, t, locale);
    case 'stl': {
      const inner = formText(form.inner, t, locale);
      if (form.periods.length === 0) return t('explanation.forms.stlNoSeason', { inner });
      return t('explanation.forms.stl', {
        periods: form.periods.join(t('explanation.forms.numberSeparator')),
        inner,
      });
    }
    case 'mean':
      return t('explanation.forms.mean');
    case 'croston':
      return t(`explanation.forms.${form.variant}`);
    case 'arx':
      return t('explanation.forms.arx', {
        scale: t(form.scale === 'log' ? 'explanation.forms.log' : 'explanation.forms.additive'),
        lags: form.lags.join(t('explanation.forms.numberSeparator')),
        count: form.regressors,
      });
    case 'arx-mean':
      return t('explanation.forms.arxMean');
    case 'pooled':
      return t('explanation.forms.pooled', { series: form.series, periods: form.periods });
    case 'network':
      return t('explanation.forms.network', { model: form.model });
    default: {
      const unknown: never = form;
      return String(unknown);
    }
  }
}

/** A series' forecast form: one model's, or Auto's median blend of several (averaged with an anchor's). */
export function forecastFormText(form: ForecastForm, t: ForecastT, locale: string): string {
  if (form.code !== 'blend') return formText(form, t, locale);
  const forms = form.members.map((member) => formText(member, t, locale)).join(t('listSeparator'));
  return form.anchor === undefined
    ? t('explanation.forms.blend', { forms })
    : t('explanation.forms.anchoredBlend', { forms, anchor: formText(form.anchor, t, locale) });
}

/** Which notation a form is written in, for the line that explains it (STL's inner model counts). */
export function formFamily(form: ModelForm): 'ets' | 'arima' | null {
  if (form.code === 'ets') return 'ets';
  if (form.code === 'arima') return 'arima';
  if (form.code === 'stl') return formFamily(form.inner);
  return null;
}

/** A parameter's name and its one-line explanation. */
export function parameterWords(
  name: ParameterName,
  t: ForecastT,
  locale: string,
): { name: string; help: string } {
  switch (name.code) {
    case 'ar':
    case 'ma':
    case 'sar':
    case 'sma':
    case 'lag':
    case 'noLagYet':
      return {
        name: t(`explanation.parameters.${name.code}.name`, { n: name.n }),
        help: t(`explanation.parameters.${name.code}.help`, { n: name.n }),
      };
    case 'weekday':
      return {
        name: t('explanation.parameters.weekday.name', { day: weekdayName(name.day, locale) }),
        help: t('explanation.parameters.weekday.help'),
      };
    case 'month':
      return {
        name: t('explanation.parameters.month.name', { month: monthName(name.month, locale) }),
        help: t('explanation.parameters.month.help'),
      };
    case 'quarter':
      return {
        name: t('explanation.parameters.quarter.name', { quarter: name.quarter }),
        help: t('explanation.parameters.quarter.help'),
      };
    case 'covariate': {
      const column = name.column;
      if (name.scale === 'level')
        return { name: column, help: t('explanation.parameters.covariate.help', { column }) };
      const key = name.scale === 'log' ? 'covariateLog' : 'covariateRelative';
      return {
        name: t(`explanation.parameters.${key}.name`, { column }),
        help: t(`explanation.parameters.${key}.help`, { column }),
      };
    }
    case 'category':
      return {
        name: t('explanation.parameters.category.name', { column: name.column, category: name.category }),
        help: t('explanation.parameters.category.help', { column: name.column, category: name.category }),
      };
    default:
      return {
        name: t(`explanation.parameters.${name.code}.name`),
        help: t(`explanation.parameters.${name.code}.help`),
      };
  }
}
