/** English strings of the Data step: loading, the summary, the mapping, the series and the data's findings. */
export const data = {
  load: {
    title: 'Load your sales history',
    titleAgain: 'Load another file',
    hint: 'Drop a CSV, TSV, TXT or Excel (.xlsx) file anywhere on this page, or choose one. It is read on this device and never uploaded.',
    hintAgain:
      'Drop it anywhere on this page or choose one. The data below stays until the new file has loaded.',
    choose: 'Choose a file…',
    samplesIntro: 'No file at hand?',
    samplesIntroAgain: 'Samples:',
    samples: {
      retail: { label: 'Try the sample data', detail: 'Synthetic daily retail sales' },
      ausRetail: { label: 'Australian retail', detail: 'Monthly turnover, ABS (CC BY 4.0)' },
    },
    sampleFailed: 'The sample could not be fetched: {{detail}}.',
    serverAnswered: 'the server answered {{status}}',
    dropVeil: 'Drop the file to load it',
  },
  start: {
    load: {
      title: 'Load sales history',
      text: 'One row per date and product (or store), or a wide sheet with one column per date. CSV, TSV, TXT or .xlsx; any delimiter, decimal commas, day/month dates.',
    },
    check: {
      title: 'Check what was read',
      text: 'See rows, series, dates and every cleaning step with its count. Correct the column roles if a guess is wrong; the choice is remembered for files like it.',
    },
    forecast: {
      title: 'Forecast every product',
      text: 'Each series gets the method that forecast best on sales it had not seen, a range it should fall in, and a CSV to take away.',
    },
  },
  progress: {
    label: 'Loading {{file}}',
    reading: 'Reading "{{file}}"',
    cancelling: 'Cancelling…',
    amount_one: '{{read}} of {{total}} · {{count, number}} row',
    amount_other: '{{read}} of {{total}} · {{count, number}} rows',
    valueText_one: '{{percent}}% read, {{count, number}} row',
    valueText_other: '{{percent}}% read, {{count, number}} rows',
    cancel: 'Cancel',
  },
  bytes: '{{value}} B',
  frequency: {
    daily: 'Daily',
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
  },
  layoutFact: {
    long: 'Long (one row per date and series)',
    'wide-dates-as-columns': 'Wide, one column per date — pivoted from wide',
    'wide-series-as-columns': 'Wide, one column per series — pivoted from wide',
  },
  summary: {
    pivoted: 'pivoted from wide',
    rows: 'rows read',
    series: 'series',
    observations: 'observations',
    dates: 'Dates',
    dateRange: '{{first}} – {{last}}',
    layout: 'Layout',
    zeroSales: 'Zero sales',
    zeroShare: '{{share}} of observed periods',
    notSelling: 'Not selling',
    notSellingPeriods_one: '{{count, number}} period kept out of demand',
    notSellingPeriods_other: '{{count, number}} periods kept out of demand',
    none: 'none',
    planRows: 'Plan rows',
    planRowCount_one: '{{count, number}} future row with covariates only',
    planRowCount_other: '{{count, number}} future rows with covariates only',
    shortHistory: 'Short history',
    shortSeries_one: '{{count, number}} series has too little history to forecast well: {{list}}',
    shortSeries_other: '{{count, number}} series have too little history to forecast well: {{list}}',
    next: 'Next: Forecast',
    nextHint: 'Choose models and forecast every series.',
  },
  list: {
    separator: ', ',
    more: '{{list}} and {{count, number}} more',
    quoted: '"{{text}}"',
  },
  lines: {
    one: 'line {{lines}}',
    many: 'lines {{lines}}',
    more: 'lines {{lines}} and {{count, number}} more',
  },
  mapping: {
    title: 'Columns',
    titleWaiting: 'Columns of "{{file}}"',
    updating: 'Updating…',
    hint: 'Shelfcast guessed what each column means. Correct anything it got wrong.',
    hintWaiting:
      'This file is not loaded yet: choose the column that holds the sales (and check the others).',
    layout: 'Layout',
    layouts: {
      long: 'Long: one row per date and series',
      'wide-dates-as-columns': 'Wide: one column per date',
      'wide-series-as-columns': 'Wide: one column per series',
    },
    dateColumn: 'Date column',
    dateNone: '(none: dates are column names)',
    dateReading: 'Dates are written as',
    dateReadings: {
      iso: 'ISO (2024-03-31)',
      dmy: 'Day/month/year (31/03/2024)',
      mdy: 'Month/day/year (03/31/2024)',
      ymd: 'Year/month/day (2024/03/31)',
      'month-name': 'Month name (31 Mar 2024)',
      'year-month': 'Year and month (2024-03)',
      'year-quarter': 'Year and quarter (2024 Q1)',
      'iso-week': 'ISO week (2024-W13)',
      'excel-serial': 'Excel day number (45382)',
    },
    salesColumn: 'Sales column',
    salesNone: '(none: wide layout)',
    seriesColumns: 'Series key columns',
    seriesHelp: 'Ctrl/⌘-click to pick several; none means one series.',
    availability: 'Open/closed flag (0 = cannot sell)',
    price: 'Price (empty = not listed)',
    none: '(none)',
    previewCaption: 'First rows of the file as read',
    previewLabel: 'First rows of the file (scrolls sideways)',
  },
  covariates: {
    legend: 'Covariates (other columns that drive sales)',
    howToRead: 'How to read {{column}}',
    promotion: 'promotion',
    promotionOf: '{{column}} is one of your promotions',
    promotionHelp:
      'Tick “promotion” for your own promotions (a promo flag, discount, markdown or display), not for holidays or events: where the file plans them, Auto relies more on AR-X, which reads them.',
    outcome:
      'Moves with the sales (correlation {{correlation}}) and the file gives no future values for it, so a forecast would have to guess it: left out unless you tick it.',
    kinds: {
      numeric: 'number',
      binary: 'yes/no',
      categorical: 'category',
    },
  },
  cleaning: {
    legend: 'Cleaning',
    gaps: {
      label: 'Missing periods',
      zero: 'No sales (0)',
      missing: 'Unknown (leave missing)',
    },
    duplicates: {
      label: 'Repeated date and series',
      sum: 'Add them up',
      last: 'Keep the last row',
    },
    negatives: {
      label: 'Negative sales (returns)',
      keep: 'Keep as is',
      clip: 'Set to 0',
    },
    outliers: {
      label: 'Outliers',
      flag: 'Flag only',
      cap: 'Cap to the usual range',
    },
  },
  dates: {
    ambiguous:
      'The dates in "{{column}}" read both as day/month and as month/day. They are read as <strong>{{order}}</strong>, the order whose dates fall on the more regular calendar. If that is wrong, switch:',
    readAs: 'Read as {{order}}',
    dmy: 'day/month/year',
    mdy: 'month/day/year',
  },
  sheet: 'Sheet',
  picker: {
    title: 'Series',
    search: 'Search by key…',
    searchLabel: 'Search series by key',
    sortLabel: 'Sort series by',
    sort: {
      total: 'Total sales',
      zeros: 'Share of zeros',
      id: 'Name',
    },
    total: 'All series (total)',
    columns: {
      series: 'Series',
      total: 'Total',
      zeros: 'Zeros',
    },
    noMatch: 'No series matches "{{query}}".',
  },
  chart: {
    label: 'Chart of {{target}}: {{title}}',
    covariateLabel: 'Chart of {{name}} over the same dates',
    plan: 'plan',
    outlier: 'outlier',
    summary_one:
      '{{title}}: {{target}} from {{first}} to {{last}}, {{count, number}} period with a value, {{total}} in all, highest {{peak}} on {{peakDate}}.',
    summary_other:
      '{{title}}: {{target}} from {{first}} to {{last}}, {{count, number}} periods with a value, {{total}} in all, highest {{peak}} on {{peakDate}}.',
    drawnBelow: '{{summary}} Drawn below: {{names}}.',
    nothing: '{{title}}: no {{target}} to show.',
  },
  issues: {
    alertTitle: 'Needs your attention',
    statusTitle: 'Cleaning applied',
    summed: 'their sales were summed',
    keptLast: 'the last row of each was kept',
    duplicatesFew_one:
      '{{count, number}} row repeats a series and period already seen ({{lines}}); {{action}}.',
    duplicatesFew_other:
      '{{count, number}} rows repeat a series and period already seen ({{lines}}); {{action}}.',
    duplicatesMany:
      '{{count, number}} of {{rows, number}} rows repeat a series and period already seen ({{lines}}); {{action}}. {{advice}}',
    duplicatesColumn:
      'Column "{{column}}" with the date and the series key columns tells these rows apart: add it to the series key columns.',
    duplicatesNoColumn:
      'So many repeats usually mean a column that identifies the series is missing from the series key columns: check the mapping.',
    gapsZero_one: '{{count, number}} missing period filled with 0 (in {{series, number}} series).',
    gapsZero_other: '{{count, number}} missing periods filled with 0 (in {{series, number}} series).',
    gapsMissing_one: '{{count, number}} missing period left missing (in {{series, number}} series).',
    gapsMissing_other: '{{count, number}} missing periods left missing (in {{series, number}} series).',
    missingSales_one:
      '{{count, number}} period has no sales value inside the history ({{lines}}): treated as missing, not as zero.',
    missingSales_other:
      '{{count, number}} periods have no sales value inside the history ({{lines}}): treated as missing, not as zero.',
    negativesClip_one: '{{count, number}} negative sales value (returns?) set to 0 ({{lines}}).',
    negativesClip_other: '{{count, number}} negative sales values (returns?) set to 0 ({{lines}}).',
    negativesKeep_one:
      '{{count, number}} negative sales value (returns?) kept as it is ({{lines}}); under Cleaning, choose "Set to 0" if returns are not demand.',
    negativesKeep_other:
      '{{count, number}} negative sales values (returns?) kept as they are ({{lines}}); under Cleaning, choose "Set to 0" if returns are not demand.',
    closed_one: '{{count, number}} period closed',
    closed_other: '{{count, number}} periods closed',
    unlisted_one: '{{count, number}} period with no price (not listed)',
    unlisted_other: '{{count, number}} periods with no price (not listed)',
    both: '{{first}} and {{second}}',
    notSelling: '{{parts}} kept out of demand ({{lines}}): their zero sales are not counted as zero demand.',
    outliersFlag_one:
      '{{count, number}} sales value lies far from its neighbours ({{lines}}): flagged, kept as it is.',
    outliersFlag_other:
      '{{count, number}} sales values lie far from their neighbours ({{lines}}): flagged, kept as they are.',
    outliersCap_one:
      '{{count, number}} sales value lies far from its neighbours ({{lines}}): capped to the usual range.',
    outliersCap_other:
      '{{count, number}} sales values lie far from their neighbours ({{lines}}): capped to the usual range.',
    planRows_one:
      '{{count, number}} row after the last sales date (in {{series, number}} series) carries covariates only: it is used as the plan for the forecast period.',
    planRows_other:
      '{{count, number}} rows after the last sales date (in {{series, number}} series) carry covariates only: they are used as the plan for the forecast period.',
    shortSeries_one:
      '{{count, number}} series has fewer than {{minimum, number}} periods with sales ({{list}}): kept, but too short for seasonal models.',
    shortSeries_other:
      '{{count, number}} series have fewer than {{minimum, number}} periods with sales ({{list}}): kept, but too short for seasonal models.',
    asNumbers: 'numbers',
    asFlag: 'a 0/1 flag',
    thenUnknown: 'They are treated as unknown.',
    thenOpen: 'Those periods count as open.',
    thenMissingSales: 'Those periods are treated as missing sales.',
    unreadableColumn_one:
      'Column "{{column}}": {{count, number}} value could not be read as {{what}} (e.g. "{{example}}" on line {{exampleLine}}; {{lines}}). {{then}}',
    unreadableColumn_other:
      'Column "{{column}}": {{count, number}} values could not be read as {{what}} (e.g. "{{example}}" on line {{exampleLine}}; {{lines}}). {{then}}',
    unreadableCells_one:
      '{{count, number}} sales cell could not be read as {{what}} (columns {{columns}}; {{lines}}). {{then}}',
    unreadableCells_other:
      '{{count, number}} sales cells could not be read as {{what}} (columns {{columns}}; {{lines}}). {{then}}',
    unreadableDate_one:
      '{{count, number}} row has no readable date in column "{{column}}" ({{lines}}): dropped.',
    unreadableDate_other:
      '{{count, number}} rows have no readable date in column "{{column}}" ({{lines}}): dropped.',
    malformedQuotes_one:
      '{{count, number}} row has a quoted value that is not closed properly ({{lines}}); check those values, a missing quote can merge several rows into one.',
    malformedQuotes_other:
      '{{count, number}} rows have a quoted value that is not closed properly ({{lines}}); check those values, a missing quote can merge several rows into one.',
    invalidCharacters_one:
      '{{count, number}} character could not be read as UTF-8 text and was replaced by �.',
    invalidCharacters_other:
      '{{count, number}} characters could not be read as UTF-8 text and were replaced by �.',
    legacyEncoding: 'The file is not UTF-8; it was read as Windows-1252 (Western European).',
    rowsSpanLines_one:
      'Only {{rows, number}} rows were read from {{lines, number}} lines: {{count, number}} line break is inside quoted values (the value starting on line {{line}} spans {{spans, number}} lines). If those values are not meant to hold several lines, check the quotes there.',
    rowsSpanLines_other:
      'Only {{rows, number}} rows were read from {{lines, number}} lines: {{count, number}} line breaks are inside quoted values (the value starting on line {{line}} spans {{spans, number}} lines). If those values are not meant to hold several lines, check the quotes there.',
    extraFields_one:
      '{{count, number}} row has more fields than the header ({{lines}}); the extra values were ignored.',
    extraFields_other:
      '{{count, number}} rows have more fields than the header ({{lines}}); the extra values were ignored.',
    missingFields_one:
      '{{count, number}} row has fewer fields than the header ({{lines}}); its missing cells were left empty.',
    missingFields_other:
      '{{count, number}} rows have fewer fields than the header ({{lines}}); their missing cells were left empty.',
    blankLines_one: '{{count, number}} blank line was skipped ({{lines}}).',
    blankLines_other: '{{count, number}} blank lines were skipped ({{lines}}).',
    dateParts:
      'No column holds whole dates, so the columns {{parts}} were read together as each row’s date (column “{{column}}”).',
    datePartsWeeks:
      'No column holds whole dates, so the columns {{parts}} were read together as each row’s date (column “{{column}}”; weeks run from Monday, week 1 of the first year being its ISO week 1, and a year has the 52 or 53 weeks the file numbers in it).',
  },
  errors: {
    'empty-file': 'The file is empty.',
    'no-data-rows': 'The file has a header but no data rows.',
    'binary-file': 'This looks like a binary file, not a CSV or text table.',
    'irregular-dates':
      'The dates do not follow a daily, weekly, monthly or quarterly rhythm, so no forecast calendar can be set.',
    'no-date-column':
      'No column reads as dates (columns: {{columns}}). A sales file needs one column of dates, such as 2024-03-05, 05/03/2024 or 2024-W10; choose it in the mapping if it is there.',
    'no-target-column':
      'No column reads as sales numbers (columns: {{columns}}). Choose the column that holds the sales in the mapping.',
    noTargetUnreadable_one:
      'No column reads as sales numbers (columns: {{columns}}). Column "{{column}}" has {{count, number}} value of {{rows, number}} that is not a number: {{examples}}. Choose the column that holds the sales in the mapping.',
    noTargetUnreadable_other:
      'No column reads as sales numbers (columns: {{columns}}). Column "{{column}}" has {{count, number}} values of {{rows, number}} that are not a number: {{examples}}. Choose the column that holds the sales in the mapping.',
    example: '"{{text}}" on line {{line}}',
    'dates-unreadable': 'No date in column "{{column}}" could be read. Check the date column and its format.',
    'unreadable-workbook': 'The file could not be read as an Excel workbook (.xlsx): {{detail}}',
    'empty-workbook': 'The workbook has no sheets.',
    'empty-sheet': 'Sheet "{{sheet}}" is empty.',
    'xlsx-too-large':
      'The file is {{megabytes, number}} MB; Excel files over {{limit, number}} MB cannot be read in the browser. Save the sheet as CSV and load that instead.',
    'file-too-large':
      'The file is {{megabytes, number}} MB; files over {{limit, number}} MB would exhaust this tab’s memory. Split it or aggregate it before loading.',
    'worker-crashed': 'The reader stopped unexpectedly: {{detail}}',
    'no-table': 'No file has been read yet: load a file first.',
    unexpected: 'Something went wrong while reading the data: {{detail}}',
    atPlace: '{{reason}} (at {{place}}).',
    line: 'line {{line}}',
    column: 'column "{{column}}"',
    placeSeparator: ', ',
  },
  notes: {
    failedLoad: '"{{file}}" was not loaded: {{reason}}',
    failedLoadKept: '"{{file}}" was not loaded: {{reason}} The data loaded before is still shown.',
    pending: '"{{file}}" is not loaded yet: {{reason}} Its columns are shown below.',
    pendingKept:
      '"{{file}}" is not loaded yet: {{reason}} Its columns are shown below. The data loaded before is still shown until then.',
    failedRemap: 'That change could not be applied, so the previous mapping is kept: {{reason}}',
    remembered:
      '"{{file}}" has the same columns as a file you loaded before, so the column mapping and cleaning settings you chose then ({{date}}) were applied.',
    cancelled: 'Import of "{{file}}" cancelled.',
    cancelledKept: 'Import of "{{file}}" cancelled. The data loaded before is still shown.',
  },
};
