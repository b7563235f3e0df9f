/** English strings of the Inventory step (settings, run, KPI table, replay chart, order list). */
export const inventory = {
  title: 'Inventory',
  intro:
    'Shelfcast tests stock policies on each series’ own past sales, with forecasts made only from the sales before each day, keeps the one that costs least (or meets your fill-rate target), and says what to order now.',
  periods: {
    daily: 'days',
    weekly: 'weeks',
    monthly: 'months',
    quarterly: 'quarters',
  },
  periodCount: {
    daily_one: '{{count}} day',
    daily_other: '{{count}} days',
    weekly_one: '{{count}} week',
    weekly_other: '{{count}} weeks',
    monthly_one: '{{count}} month',
    monthly_other: '{{count}} months',
    quarterly_one: '{{count}} quarter',
    quarterly_other: '{{count}} quarters',
  },
  settings: {
    title: 'Stock policy settings',
    labelWithUnit: '{{label}} ({{unit}})',
    fields: {
      leadTime: {
        label: 'Lead time',
        hint: 'Periods from placing an order until the goods can be sold.',
      },
      reviewPeriod: {
        label: 'Review period',
        hint: 'How often you check stock and order, in periods (1 = every period).',
      },
      holdingRate: {
        label: 'Holding cost',
        unit: '% of unit value a year',
        hint: 'What keeping one unit in stock for a year costs: capital, space, handling.',
      },
      shortageCost: {
        label: 'Shortage cost',
        unit: '% of unit value',
        hint: 'What a unit you could not sell costs you: the lost margin, or the cost of a late delivery.',
      },
      orderCost: {
        label: 'Cost per order',
        unit: 'money per order',
        hint: 'Fixed cost of placing one order (delivery, admin); 0 lets every period order.',
      },
      serviceTarget: {
        label: 'Fill-rate target',
        unit: '%',
        hint: 'Share of demand to meet from stock (fill rate). Empty: the cheapest balance of stock and shortages.',
        empty: 'minimise cost',
      },
      minOrder: {
        label: 'Minimum order',
        unit: 'units',
        hint: 'Smallest order the supplier accepts (MOQ); 0 for none.',
      },
      packSize: {
        label: 'Pack size',
        unit: 'units',
        hint: 'Orders come in whole packs of this many units.',
      },
      leadTimeSd: {
        label: 'Lead-time variability',
        hint: 'How much the lead time varies (standard deviation); 0 if deliveries are always on time.',
      },
      shelfLife: {
        label: 'Shelf life',
        hint: 'Periods a unit can be sold before it spoils. Empty: it keeps. Used for perishables and the newsvendor policy.',
        empty: 'keeps',
      },
    },
    policy: {
      label: 'Policy',
      hint: 'Auto tests every policy on each series’ past demand and keeps the cheapest (or the cheapest that meets the target).',
      auto: 'Auto: the best policy per series',
    },
    demand: {
      label: 'When stock runs out',
      lost: 'Sales are lost',
      backorder: 'Customers wait (backorders)',
      hint: 'Lost: a shopper who finds an empty shelf buys nothing. Backorders: the order is filled when stock arrives.',
    },
    classTargets: {
      label: 'Service targets by ABC class',
      hint: 'Off: one target (or none) for every series. On: a fill-rate target per revenue class; a series’ class target replaces the target above.',
      a: 'Class A target (%)',
      b: 'Class B target (%)',
      c: 'Class C target (%)',
    },
    problems: {
      empty: '{{label}} is empty.',
      notNumber: '{{label}}: “{{text}}” is not a number.',
      notWhole: '{{label}} must be a whole number.',
      belowMin: '{{label}} must be at least {{min}}.',
      outOfRange: '{{label}} must be above 0 and below {{below}}.',
    },
  },
  policies: {
    sQ: '(s, Q): reorder point, fixed quantity',
    sS: '(s, S): reorder point, order up to',
    RS: '(R, S): order up to at each review',
    base_stock: 'Base stock: replace what sold',
    newsvendor: 'Newsvendor: one period’s stock',
    naive: 'Naive rule: last 4 periods’ mean',
    total: 'Total',
  },
  run: {
    title: 'Run',
    plansFrom_one: 'Plans from the forecast run of {{time}} ({{count}} series).',
    plansFrom_other: 'Plans from the forecast run of {{time}} ({{count}} series).',
    plansFromCancelled_one:
      'Plans from the forecast run of {{time}} ({{count}} series, cancelled before every series was forecast).',
    plansFromCancelled_other:
      'Plans from the forecast run of {{time}} ({{count}} series, cancelled before every series was forecast).',
    forecastRunning: 'The forecast is still running: the inventory step plans from a finished forecast.',
    noForecast: 'There is no finished forecast yet: the inventory step tunes its policies on the forecasts.',
    goToForecast: 'Go to Forecast',
    fixSetting: '{{problem}} Correct it to run the plan.',
    start: 'Plan stock and orders',
    export: 'Download the order list (CSV)',
    testing: 'Testing policies: {{done}} of {{total}} series',
    cancelledProgress: 'Cancelled: {{done}} of {{total}} series',
    stoppedProgress: 'Stopped: {{done}} of {{total}} series',
    progressLabel: 'Series planned',
    cancel: 'Cancel',
    cancelled: 'Cancelled: nothing was planned. Run it again when you are ready.',
    failed: 'The plan stopped: {{error}}',
  },
  errors: {
    invalidSetting: 'The setting “{{setting}}” is out of range.',
    planAgain: 'Plan again to replay a series.',
    workerStopped: 'An inventory worker stopped: {{detail}}',
  },
  results: {
    priced: 'Money is counted at each series’ last price up to its last sales date.',
    unpriced:
      'No price column is mapped: every unit is counted as worth 1, so costs are in units of stock, not money.',
    unitCost: 'Where the file has a unit cost column, a series’ unit cost is used instead.',
    orderDate: 'Orders are for {{date}}, the first period after the data.',
    replayTitle: 'Replay of {{id}}',
    classAndPolicy: 'Class {{abc}}{{xyz}} · {{policy}}',
    replayHintTested:
      'The chosen policy run over the last quarter of the history with the sales that really happened. Pick another series in the order list below.',
    replayHintWhole:
      'The chosen policy run over the whole history with the sales that really happened. Pick another series in the order list below.',
  },
  kpis: {
    title: 'How the policies did on recent sales',
    hint: 'Each series’ policy was chosen on an earlier stretch of its sales and is scored here on the last quarter of its history (up to {{periods}}), which the choice never saw. Fill rate: the share of demand met from stock. Cycle service level: the share of replenishment cycles without a stock-out.',
    policy: 'Policy',
    series: 'Series',
    columns: {
      fillRate: 'Fill rate',
      cycleServiceLevel: 'Cycle service level',
      averageOnHand: 'Average on hand (units)',
      orders: 'Orders',
      holdingCost: 'Holding cost',
      orderingCost: 'Ordering cost',
      shortageCost: 'Shortage cost',
      totalCost: 'Total cost',
    },
    tableLabel: 'KPIs per policy on the test periods',
    saving:
      'Against the naive rule (order up to the last 4 periods’ mean, no safety stock) on the same periods, the tuned policies <money>{{moneyText}}</money> (total cost {{tuned}} instead of {{naive}}) and change the fill rate by <fill>{{fillPoints}}</fill> ({{tunedFill}} instead of {{naiveFill}}) and the cycle service level by <service>{{servicePoints}}</service>.',
    save: 'save {{money}}',
    costExtra: 'cost an extra {{money}}',
    points: '{{sign}}{{value}} points',
  },
  chart: {
    replaying: 'Replaying {{id}}…',
    failed: 'The replay of {{id}} could not be drawn: {{error}}',
    description:
      '{{id}}, {{policy}} policy replayed over {{periods}} ({{from}} to {{to}}): {{orders}} orders placed for {{ordered}} units, {{stockouts}} with a stock-out ({{short}} units short), {{onHand}} units on hand on average.',
    unitsAxis: 'units',
    legend: {
      onHand: 'On hand',
      position: 'Inventory position (on hand + on order)',
      ordered: 'Order placed',
      received: 'Order received',
      stockout: 'Stock-out',
    },
  },
  forward: {
    title: 'Outlook from today',
    hint: 'The levels in the order list held from today’s stock over the next {{periods}}, run over {{paths}} seeded sample paths of the forecast per series: the expected fill rate and total cost, and the range that 8 paths in 10 fall in (10th to 90th percentile). The total adds the series path by path.',
    tableLabel: 'Expected fill rate and cost from today',
    scope: 'Series',
    total: 'All series',
    columns: {
      fillRate: {
        mean: 'Expected fill rate',
        p10: 'Fill rate, 10th percentile',
        p90: 'Fill rate, 90th percentile',
      },
      totalCost: {
        mean: 'Expected total cost',
        p10: 'Total cost, 10th percentile',
        p90: 'Total cost, 90th percentile',
      },
    },
  },
  tradeOff: {
    title: 'Cost and service',
    hint: 'The same policy replayed on the validation periods at a ladder of service levels (the quantile of demand it stocks for): each step of fill rate costs more stock, and past a point the extra holding costs more than the shortages it saves. The ringed point is the tuned rule.',
    computing: 'Tracing the cost/service curve of {{id}}…',
    failed: 'The cost/service curve of {{id}} could not be drawn: {{error}}',
    untuned: '{{id}} is too short to test a policy, so it has no cost/service curve.',
    description:
      '{{id}}: total cost against fill rate for the {{policy}} policy at {{levels}} service levels on the validation periods; the tuned rule reaches a {{fillRate}} fill rate for {{cost}}.',
    costAxis: 'total cost',
    fillRateAxis: 'fill rate',
    legend: {
      curve: '{{policy}} at each service level',
      chosen: 'Tuned rule',
    },
    tableSummary: 'Show the curve as a table',
    tableLabel: 'Cost/service curve of {{id}}',
    columns: {
      level: 'Service level (quantile)',
      fillRate: 'Fill rate',
      cycleServiceLevel: 'Cycle service level',
      averageOnHand: 'Average on hand',
      totalCost: 'Total cost',
    },
  },
  orders: {
    title: 'What to order',
    hintSimulated:
      'Orders for the first period after your data. Your stock on hand is not in the file, so each order starts from the stock the policy would hold had it been running (the end of its replay); map an on-hand column to start from your real stock.',
    hintFromFile:
      'Orders for the first period after your data, from the stock on hand and on order in your file.',
    hintLevels:
      'The levels are meant to be kept until you plan again: each was chosen by holding it over the whole forecast horizon. With your real stock, order up to the order-up-to level whenever the stock on hand plus on order is at or below the reorder point (at every review for policies without one). Stock-out risk: the chance that demand runs past the stock before the next order can arrive. Pick a series to chart it.',
    untuned_one: '{{count}} series is too short to test a policy and orders by the naive rule: {{list}}.',
    untuned_other: '{{count}} series are too short to test a policy and order by the naive rule: {{list}}.',
    andMore: '{{list}} and {{count}} more',
    abcFilter: 'ABC class (revenue)',
    xyzFilter: 'XYZ class (variability)',
    all: 'All',
    classOption: '{{code}}: {{meaning}}',
    abc: {
      A: 'top 80% of revenue',
      B: 'next 15%',
      C: 'last 5%',
    },
    xyz: {
      X: 'steady demand',
      Y: 'variable demand',
      Z: 'erratic or sparse demand',
    },
    shown: '{{shown}} of {{total}} series',
    shownCapped: '{{shown}} of {{total}} series; the first {{max}} are listed, the download has all',
    tableLabel: 'Order list',
    columns: {
      series: 'Series',
      abc: 'ABC',
      xyz: 'XYZ',
      orderDate: 'Order date',
      quantity: 'Quantity',
      reorderPoint: 'Reorder point',
      orderUpTo: 'Order up to',
      policy: 'Policy',
      stockoutRisk: 'Stock-out risk',
      notes: 'Notes',
    },
    none: 'none',
  },
  stockColumns: {
    legend: 'Stock columns (for the Inventory step)',
    onHand: 'Stock on hand now (units)',
    onOrder: 'Stock on order, not yet arrived (units)',
    leadTime: 'Lead time per series (periods)',
    unitCost: 'Unit cost (money per unit)',
    none: '(none)',
    hint: 'Read by the Inventory step at each series’ last sales date; never used to forecast.',
  },
  notices: {
    series_too_short_one:
      'Only {{count}} period of history: too short to test a policy, so it orders by the naive rule.',
    series_too_short_other:
      'Only {{count}} periods of history: too short to test a policy, so it orders by the naive rule.',
    forecast_failed: 'Its forecast model could not be fitted, so it orders by the naive rule.',
    few_forecast_errors: 'Few past forecast errors: the spread of demand comes from its history.',
    fill_rate_target_unmet:
      'No policy reached the {{target}} fill-rate target; the best reached {{achieved}}.',
    position_simulated:
      'Stock on hand is not in the data: the order assumes the stock the policy would hold now.',
    newsvendor_without_shelf_life: 'Newsvendor without a shelf life: stock is assumed to keep.',
  },
};
