/** English strings of the Forecast step: settings, run progress, result headline, leaderboard, notes. */
export const forecast = {
  title: 'Forecast',
  colon: ': ',
  listSeparator: '; ',
  noData: {
    text: 'Load sales data first: open a file or try the sample data, then come back here to forecast every product.',
    goToData: 'Go to Data',
  },
  intro: {
    text_one:
      'Shelfcast tries several forecasting methods on your {{count}} series, checks each one on recent sales it did not see, and keeps what was most accurate: a combination of the strong methods, or a single one that clearly did better. The shaded band shows the range sales should fall in {{often}}.',
    text_other:
      'Shelfcast tries several forecasting methods on each of your {{count}} series, checks each one on recent sales it did not see, and keeps what was most accurate: a combination of the strong methods, or a single one that clearly did better. The shaded band shows the range sales should fall in {{often}}.',
  },
  train: {
    start: 'Forecast all series',
    again: 'Forecast again',
    running: 'Forecasting…',
  },
  stale:
    'The data or the model settings changed since these results were made. Forecast again to update them.',
  band: {
    often: {
      '50': 'half the time',
      '80': '8 times out of 10',
      '90': '9 times out of 10',
      '95': '19 times out of 20',
      other: '{{percent}} of the time',
    },
    name: '{{percent}} interval (p{{lower}}–p{{upper}})',
  },
  plan: {
    carriedForward_one:
      'The file has no plan (future {{covariates}}) covering the whole horizon for {{series}} series (e.g. {{examples}}): AR-X assumes their usual recent values there (the usual price, no promotion). Add rows after the last sales date with the planned values and an empty sales cell to use your plan.',
    carriedForward_other:
      'The file has no plan (future {{covariates}}) covering the whole horizon for {{series}} series (e.g. {{examples}}): AR-X assumes their usual recent values there (the usual price, no promotion). Add rows after the last sales date with the planned values and an empty sales cell to use your plan.',
  },
  models: {
    auto: 'Auto',
    blend: 'Blend',
    naive: 'Naive',
    snaive: 'Seasonal naive',
    'moving-average': 'Moving average',
    ets: 'ETS',
    theta: 'Theta',
    stl: 'STL',
    arima: 'ARIMA',
    arx: 'AR-X',
    pooled: 'Pooled regression',
    croston: 'Croston',
    sba: 'SBA',
    tsb: 'TSB',
    rnn: 'RNN',
    lstm: 'LSTM',
    gru: 'GRU',
    cnn: 'CNN',
    mlp: 'MLP',
  },
  settings: {
    title: 'Model settings',
    horizon: 'Forecast horizon ({{unit}})',
    unit: { daily: 'days', weekly: 'weeks', monthly: 'months', quarterly: 'quarters' },
    horizonHint: {
      daily: 'How far ahead to plan. Default for daily data: {{count}}.',
      weekly: 'How far ahead to plan. Default for weekly data: {{count}}.',
      monthly: 'How far ahead to plan. Default for monthly data: {{count}}.',
      quarterly: 'How far ahead to plan. Default for quarterly data: {{count}}.',
    },
    model: 'Model',
    modelHint:
      'Auto tries every classical model on each product and keeps a combination of the strong ones, or a single model that clearly did better. By default Auto includes no neural network (RNN, LSTM, GRU, CNN, MLP; it can try the MLP if you tick the box beside): choose one here to train it alone on all your products at once; it is then scored beside seasonal naive on the same held-out sales.',
    metric: 'Judge models by',
    split: 'Checking on held-out data',
    splitKind: 'Split',
    splitRatio: 'Train : validation : test',
    splitHoldout: 'Last horizon as test',
    share: { train: 'Train share', validation: 'Validation share', test: 'Test share' },
    splitHint:
      'Models learn on the oldest part, are chosen on the middle part and scored once on the newest part, which they never saw.',
    budget: 'Time budget for slow models (minutes)',
    budgetHint: 'After this, Auto skips ARIMA and STL on the remaining products and says so.',
    network: 'Network: {{model}}',
  },
  progress: {
    state: {
      running: 'Fitting models',
      done: 'Finished',
      nothing: 'Nothing could be forecast',
      cancelled: 'Cancelled',
      failed: 'Stopped by an error',
    },
    training: 'Training {{model}}',
    steps: '{{done}} of {{total}} steps',
    series: '{{done}} of {{total}} series',
    cancel: 'Cancel',
    barTraining: 'Training steps',
    barSeries: 'Series evaluated',
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    budgetLeft: 'ARIMA and STL are fitted for another {{time}}; after that Auto uses the faster models only.',
    budgetSpent: 'The time budget for ARIMA and STL is spent: the remaining series use the faster models.',
    cancelledTraining: 'Training cancelled after {{steps}} steps: nothing was forecast.',
    cancelledSeries:
      'Cancelled after {{done}} of {{total}} series. The results below cover those series only.',
    error: 'The run stopped: {{message}}',
    skipped: 'Skipped for the time budget: {{list}}. Raise the budget to fit them everywhere.',
    skippedEntry: '{{model}} on {{count}} series',
  },
  nothing: {
    alert_one: 'The series could not be forecast, so there is nothing to download. The list below says why.',
    alert_other:
      'None of the {{count}} series could be forecast, so there is nothing to download. The list below says why for each.',
    tooShort:
      'Each series needs at least {{needed}} periods with sales; the longest here has {{most}}. Load a longer history.',
    back: 'Back to Data',
  },
  results: {
    summary_one: '{{forecast}} of {{total}} series forecast {{count}} period ahead by {{model}}.',
    summary_other: '{{forecast}} of {{total}} series forecast {{count}} periods ahead by {{model}}.',
  },
  verdict: {
    headline: {
      better: 'Typically off by about {{wape}} (WAPE); {{gain}} better than repeating the last season.',
      worse: 'Typically off by about {{wape}} (WAPE); {{gain}} worse than repeating the last season.',
      same: 'Typically off by about {{wape}} (WAPE); about as good as repeating the last season.',
      none: 'Typically off by about {{wape}} (WAPE).',
      noSales: 'The held-out sales are all zero, so the typical error cannot be given as a share of sales.',
      unmeasured: 'Accuracy could not be measured: no series was long enough to hold out sales for a check.',
    },
    basis: {
      test: 'Measured on the test part: the newest sales, which no model saw before the forecast was chosen. WAPE is the total error as a share of total sales; “repeating the last season” is the seasonal naive forecast, scored on the same sales.',
      validation:
        'Measured on the validation part, the only held-out sales here. Auto chose on these same sales, so the figure may be a little optimistic.',
    },
    worse:
      'Warning: on the test part this forecast did worse than simply repeating the last season. Check the data for recent changes before relying on it, or plan with the seasonal naive forecast.',
    aboveBenchmark:
      'Warning: its typical error on the test part ({{metric}} {{mase}}) is larger than the error of repeating the last season within the history; below 1 would beat that simple benchmark. Check the data for recent changes, or forecast fewer periods ahead, before relying on it.',
    autoHow:
      'How Auto chooses: for each series it compares the models on the validation part (recent sales they did not see while fitting) and keeps the median of the strong models, or a single model or blend that did clearly better. The test part, the newest sales, is scored once, after that choice. The leaderboard ranks on the test part, so another model can rank above Auto there: over a few weeks one model can come out ahead by chance.',
    outrankedAuto:
      '{{other}} ranks above Auto on the {{part}} ({{metric}} {{otherScore}} against {{score}}). Auto chose on the validation part, before these sales; one stretch of weeks is not enough to say {{other}} would do better next time.',
    outranked:
      '{{other}} scored better than {{model}} on the {{part}} ({{metric}} {{otherScore}} against {{score}}).',
    part: { test: 'test part', validation: 'validation part' },
    next: 'Next: Inventory',
    nextHint: 'Turn this forecast into stock levels and orders.',
  },
  metrics: {
    title: 'Leaderboard',
    ranked: 'ranked by {{metric}} on the {{part}}, lower is better',
    allMeasures: 'All measures',
    scrollLabel: 'Leaderboard table (scrolls sideways)',
    rank: 'Rank',
    model: 'Model',
    series: 'Series',
    parts: {
      train: 'Train (in-sample)',
      validation: 'Validation (used to choose)',
      test: 'Test (scored once, after the choice)',
    },
    coverage: 'p10–p90 coverage (test)',
    autoChose: 'Auto chose it',
    hint: 'Means over series; WAPE pools all series (big sellers weigh more). MAPE leaves out periods with zero sales.',
    mapeSkipped_one: '{{count}} period with zero sales was left out of MAPE on the test part.',
    mapeSkipped_other: '{{count}} periods with zero sales were left out of MAPE on the test part.',
    blends: 'Blends chosen by Auto: {{count}}.',
    glossary: 'What the measures and parts mean',
  },
  measures: {
    mase: {
      name: 'MASE',
      help: 'Mean absolute scaled error: the error divided by the typical error of repeating the last season within the history. Below 1 beats that simple benchmark.',
    },
    smape: {
      name: 'sMAPE',
      help: 'Symmetric mean absolute percentage error: each error as a share of the average of forecast and actual sales (0–200%).',
    },
    wape: {
      name: 'WAPE',
      help: 'Weighted absolute percentage error: all errors added up, as a share of all sales. “Off by about 12%” means this.',
    },
    mae: { name: 'MAE', help: 'Mean absolute error: by how many units the forecast misses, on average.' },
    rmse: {
      name: 'RMSE',
      help: 'Root mean squared error: like MAE, in units, but large misses count more.',
    },
    mse: { name: 'MSE', help: 'Mean squared error: the square of RMSE; large misses count much more.' },
    mape: {
      name: 'MAPE',
      help: 'Mean absolute percentage error: each error as a share of actual sales; periods with zero sales are left out.',
    },
    bias: {
      name: 'Bias',
      help: 'Mean error, forecast minus actual, in units: above 0 the forecast runs high, below 0 it runs low.',
    },
    coverage: {
      name: 'Coverage',
      help: 'How often actual sales fell inside the band: an 80% band (p10–p90) should hold about 80%.',
    },
  },
  partHelp: {
    train: 'Train: the oldest sales, which the models learn from; errors here are in-sample and flattering.',
    validation: 'Validation: the next sales, unseen while fitting; Auto chooses its models here.',
    test: 'Test: the newest sales, scored once after the choice; the fairest check of the forecast.',
  },
  interval: {
    label: 'Interval',
    hint: 'Sales should fall inside the shaded band this often.',
    running: 'The intervals are calibrated over all series once every series is in.',
    noValidation:
      'No series is long enough for a validation part, so each interval comes from its own in-sample fit errors (often too narrow).',
    unfinished:
      'The run did not finish, so each interval is calibrated on its own series only (often too narrow).',
    calibrated:
      'Intervals calibrated on {{errors}} forecast errors on windows before the test part (up to a year of them), pooled over all series: sales should fall inside the {{band}} band {{often}}.',
    held: 'On the test part it held {{share}} of actual sales (the aim is {{aim}}).',
    noTest: 'There is no test part to check them on.',
  },
  closed: {
    note_one:
      '{{count}} future period in {{series}} series is closed in your plan (open = 0, or no price): it is forecast 0, with no band.',
    note_other:
      '{{count}} future periods in {{series}} series are closed in your plan (open = 0, or no price): they are forecast 0, with no band.',
  },
  unforecastable: {
    title: 'Not forecast ({{count}})',
    hint: 'These series are left out of the forecast download.',
    more: '…and {{count}} more.',
    tooShort_one: 'only {{count}} period with sales (at least {{needed}} needed)',
    tooShort_other: 'only {{count}} periods with sales (at least {{needed}} needed)',
    noModel: 'no model could forecast it',
    failed: 'the evaluation stopped with an error: {{message}}',
  },
  autoReason: {
    basis: { validation: 'validation', inSample: 'in-sample' },
    lowest: '{{model}}: lowest {{basis}} {{metric}} ({{score}})',
    blend:
      'Blend (median of {{members}}): {{basis}} {{metric}} {{score}}, lower than the best single model, {{best}} ({{bestScore}})',
    combination:
      'Combination (median of {{members}}): {{basis}} {{metric}} {{score}}; no single model or blend was at least {{margin}} lower',
    combinationAnchored:
      'Combination (median of {{members}}, averaged with {{anchor}}, which reads the calendar, prices and promotions; lower than the median alone): {{basis}} {{metric}} {{score}}; no single model or blend was at least {{margin}} lower',
    combinationPlanned:
      'Combination (median of {{members}}, averaged with {{anchor}}, which reads the planned prices and promotions; the median alone was not lower consistently): {{basis}} {{metric}} {{score}}; no single model or blend was at least {{margin}} lower',
    combinationWindows: ' and lower on at least {{consistency}} of the {{windows}} windows',
    nothingToCompare: '{{model}}: no {{basis}} values to compare models on, so the first model that fitted',
    beating: ", beating the combination's {{score}} by at least {{margin}}",
    beatingWindows: ' and lower on {{won}} of {{scored}} windows',
    short: '; the series is too short to hold out a validation part',
    nameSeparator: ', ',
  },
  export: {
    forecasts: 'Download forecasts (CSV)',
    metrics: 'Download metrics (CSV)',
  },
  explanation: {
    title: 'Details: what drove the forecast',
    aicc: 'AICc {{value}}',
    aiccHelp:
      'AICc: corrected Akaike information criterion, a fit score that penalises extra parameters; lower is better, and only forms fitted to the same series compare.',
    etsForm:
      'ETS(error, trend, season): A additive, M multiplicative, N none, Ad damped trend. Exponential smoothing: recent sales weigh more than older ones.',
    arimaForm:
      'ARIMA(p,d,q)(P,D,Q)[m]: p past values and q past errors the forecast leans on, d differences taken to remove a trend; the capitals are the same at the season length m.',
    forms: {
      naive: 'Naive: the last value, repeated',
      naiveShort: 'Naive: the last value, repeated (the history is shorter than a season of {{period}})',
      seasonalNaive: 'Seasonal naive: the last season of {{period}} periods, repeated',
      movingAverage: 'Moving average of the last {{window}} periods',
      arimaMean: '{{notation}} with non-zero mean',
      arimaDrift: '{{notation}} with drift',
      theta: 'Theta (θ = {{theta}})',
      thetaOptimised: 'Optimised Theta (θ = {{theta}})',
      thetaFlat: 'Theta, flat: too short or too even to fit a trend',
      withSeason: '{{form}}, multiplicative season of {{period}}',
      stl: 'STL (seasons of {{periods}}) + {{inner}}',
      stlNoSeason: 'STL (no season found) + {{inner}}',
      mean: 'the mean',
      croston: 'Croston',
      sba: 'Croston (SBA)',
      tsb: 'TSB',
      arx_one: 'AR-X ({{scale}}; lags {{lags}}; {{count}} regressor)',
      arx_other: 'AR-X ({{scale}}; lags {{lags}}; {{count}} regressors)',
      additive: 'additive',
      log: 'log-linear',
      arxMean: 'AR-X, mean only: too little history',
      pooled: 'Pooled regression over {{series}} series and {{periods}} periods',
      network: '{{model}}, one network trained on all series',
      blend: 'Median of {{forms}}',
      anchoredBlend: 'Median of {{forms}}, averaged with {{anchor}}',
      numberSeparator: ', ',
    },
    parameters: {
      alpha: {
        name: 'α (alpha)',
        help: 'Level smoothing: how fast the level follows new sales (0 slow, 1 at once).',
      },
      beta: { name: 'β (beta)', help: 'Trend smoothing: how fast the trend follows changes.' },
      gamma: { name: 'γ (gamma)', help: 'Season smoothing: how fast the seasonal pattern follows changes.' },
      phi: { name: 'φ (phi)', help: 'Damping: how quickly the trend fades further ahead (1 = never).' },
      theta: {
        name: 'θ (theta)',
        help: 'Theta: how much weight the long-run trend line gets against recent levels.',
      },
      drift: { name: 'Drift', help: 'The trend: the change per period the forecast carries forward.' },
      level: { name: 'Level', help: 'The underlying sales per period at the end of the history.' },
      initialLevel: {
        name: 'Initial level',
        help: 'The level the model starts from at the beginning of the history.',
      },
      initialSlope: { name: 'Initial slope', help: 'The trend per period the model starts from.' },
      mean: { name: 'Mean', help: 'The average the series returns to.' },
      intercept: {
        name: 'Intercept',
        help: 'The constant part of the regression, before lags and covariates.',
      },
      lastValue: { name: 'Last value', help: 'The last sales value, repeated for every future period.' },
      window: { name: 'Window', help: 'How many recent periods the moving average takes.' },
      seasonLength: { name: 'Season length', help: 'Periods in one season (7 for a week of days).' },
      sigma2: { name: 'σ² (sigma²)', help: 'Variance of the one-step errors: their typical size, squared.' },
      ar: { name: 'ar{{n}}', help: 'Autoregressive weight: how much the value {{n}} periods back counts.' },
      ma: { name: 'ma{{n}}', help: 'Moving-average weight: how much the error {{n}} periods back counts.' },
      sar: {
        name: 'sar{{n}}',
        help: 'Seasonal autoregressive weight: how much the value {{n}} seasons back counts.',
      },
      sma: {
        name: 'sma{{n}}',
        help: 'Seasonal moving-average weight: how much the error {{n}} seasons back counts.',
      },
      lag: { name: 'Lag {{n}}', help: 'Regression weight of the sales {{n}} periods back.' },
      noLagYet: {
        name: 'No lag {{n}} yet',
        help: 'Correction for periods of a series too young to have sales {{n}} periods back.',
      },
      weekday: {
        name: 'Day: {{day}}',
        help: 'How sales on this day of the week differ from the other days.',
      },
      month: { name: 'Month: {{month}}', help: 'How sales in this month differ from the other months.' },
      quarter: {
        name: 'Quarter {{quarter}}',
        help: 'How sales in this quarter differ from the first quarter.',
      },
      covariate: { help: 'Effect on sales of the column “{{column}}” of your file.' },
      covariateLog: {
        name: 'log {{column}}',
        help: 'Elasticity: the % change in sales for a 1% change in “{{column}}”.',
      },
      covariateRelative: {
        name: '{{column}} (relative to its recent mean)',
        help: 'Effect on sales of “{{column}}” compared with its usual recent value.',
      },
      category: {
        name: '{{column}}: {{category}}',
        help: 'How sales differ when “{{column}}” is {{category}}.',
      },
      alphaSize: { name: 'α (size)', help: 'Smoothing of the order sizes (0 slow, 1 at once).' },
      betaProbability: { name: 'β (probability)', help: 'Smoothing of how often there is any demand.' },
      demandProbability: { name: 'Demand probability', help: 'The chance that a period has any sales.' },
      demandInterval: { name: 'Interval between demands', help: 'Periods between sales, on average.' },
      demandSize: { name: 'Demand size', help: 'Sales in a period that has any, on average.' },
    },
  },
};
