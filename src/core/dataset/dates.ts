/** Dates of the data step: calendar arithmetic, reading one value, and inferring a column's reading. */
export { dayFromYmd, ymdFromDay, formatIsoDate, type Ymd } from './calendar';
export { parseDate } from './date-parsing';
export { inferDateReading, looksLikeDateColumnName, type DateInferenceOptions } from './date-inference';
