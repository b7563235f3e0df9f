/** English strings of the neural networks: settings, live training view, importance, saved models. */
export const neural = {
  settings: {
    steps: {
      label: 'Training steps',
      help: 'Most mini-batches to train on; early stopping usually ends training sooner.',
    },
    evaluateEvery: {
      label: 'Evaluate every',
      help: 'Training steps between two checks of the validation loss.',
    },
    patience: {
      label: 'Early-stopping patience',
      help: 'Validation checks without improvement before training stops and the best weights are kept.',
    },
    learningRate: {
      label: 'Learning rate',
      help: 'Size of each weight update; too high makes training jumpy, too low makes it slow.',
    },
    batchSize: {
      label: 'Batch size',
      help: 'Windows per training step, drawn at random across all series and dates.',
    },
    lookback: {
      label: 'Lookback',
      help: 'How many past periods each forecast looks at; longer sees more seasonality but trains slower.',
    },
    units: {
      label: 'Units',
      help: 'Width of each layer; more units can learn more patterns but overfit small data sooner.',
    },
    layers: {
      label: 'Layers',
      help: 'Stacked layers (residual blocks for the CNN, each doubling how far back it reaches).',
    },
    seed: {
      label: 'Random seed',
      help: 'Same seed, data and backend give the same network; change it to see how much results vary.',
    },
    backend: {
      label: 'Backend',
      auto: 'Automatic',
      help: 'Automatic: WebGPU on a real GPU, otherwise the fastest of WebGL, WASM and CPU in a short trial of this network. All run on this device; nothing is uploaded.',
    },
  },
  progress: {
    backend: 'Backend:',
    choosing: 'choosing (a short timed trial of the network on each backend)…',
    rates: 'Step {{step}} of {{total}} · {{stepsPerSecond}} steps/s · {{samplesPerSecond}} windows/s',
    eta: 'about {{seconds}} s left (early stopping may end sooner)',
    etaUnknown: 'working out the time left…',
    stoppedBy: {
      steps: 'ran every step',
      'early-stopping': 'stopped early: the validation loss no longer improved',
      diverged: 'stopped: the loss stopped being a number (try a lower learning rate)',
      cancelled: 'stopped by you',
    },
    kept: '{{reason}}; weights of step {{step}} kept',
    stopping: 'Stopping after this step; what the network has learned so far is kept…',
    retrainingLabel: 'Retraining on all history',
    retraining:
      'Retraining on all history for the future forecast: step {{step}} of {{total}} (the best number of steps found on validation).',
    futureRetrained:
      'The forecast after your history comes from the network retrained on all history for {{steps}} steps; the scores come from the network that never saw the test periods.',
    futureEvaluated:
      'The forecast after your history comes from the evaluated network (trained on the train part only): retraining on all history did not run.',
    keptAfterStop:
      'Training was stopped at step {{step}}: the forecasts and scores below come from the best weights found so far (step {{best}}).',
    keptBeforeCheck: 'Training was stopped before its first validation check, so there was nothing to keep.',
    savedAs: 'Saved in this browser as “{{name}}”.',
    saveFailed: 'The trained model could not be saved in this browser: {{message}}',
    fromSaved:
      'Forecast with the saved model “{{name}}” as it is, without training. Its scores are not a fair test: it may have seen these periods when it was trained.',
    warmStart:
      'Training continued from the saved model “{{name}}”. Its scores are not a fair test if it had already seen these periods.',
  },
  loss: {
    chart_one: 'Loss per training step: {{count}} step',
    chart_other: 'Loss per training step: {{count}} steps',
    train: 'Train loss',
    validation: 'Validation loss',
    caption: '(scaled error per step; lower is better)',
  },
  importance: {
    title: 'What the network relies on',
    intro:
      'Each input group was shuffled across the validation windows in turn; the bigger the rise in validation loss, the more the network relies on it. Around 0: it ignores the group.',
    group: 'Input group',
    increase: 'Rise in validation loss',
    sales: 'Past sales',
    calendar: 'Calendar',
    seasonalLag: 'Last season (the same period one season earlier)',
    identity: 'Series identity',
    covariate: 'Covariate: {{name}}',
    none: 'No validation windows: importance could not be measured.',
  },
  backendReason: {
    forced: 'chosen in the settings (trial step: {{ms}} ms)',
    gpuAdapter: 'a GPU adapter is available (trial step: {{ms}} ms)',
    fastest: 'fastest in a trial of this network: {{trials}}',
    fastestSkipping: 'fastest in a trial of this network: {{trials}}; {{skipped}}',
    failedOver:
      '{{from}} failed after step {{step}} of the {{phase}} ({{detail}}); training went on here from that step',
    phase: { evaluation: 'training', retraining: 'retraining on all history' },
    failedOverForecasting: '{{from}} failed while forecasting ({{detail}}); the forecast was made here',
    trial: '{{backend}} {{ms}} ms/step',
    listSeparator: ', ',
    noteSeparator: '; ',
    note: '{{backend}}: {{problem}}',
    problem: {
      'no-webgpu': 'this browser has no WebGPU',
      'no-adapter': 'no WebGPU adapter',
      'no-offscreen-canvas': 'no OffscreenCanvas in workers',
      'no-webgl2': 'no WebGL2 in workers',
      'trial-failed': 'its trial step failed ({{detail}})',
    },
  },
  errors: {
    'backend-unavailable': '{{backend}} cannot run here: {{problem}}.',
    'backend-cannot-train': '{{backend}} cannot train this network: {{detail}}',
    'no-backend': 'No backend could train this network ({{skipped}}).',
    'model-missing': 'The saved model is no longer in this browser (was it deleted in another tab?).',
    'model-damaged': 'The saved model is damaged and cannot be read.',
    'storage-unavailable': 'This browser offers no IndexedDB to keep models in (a private window?).',
  },
  autoNeural: {
    label: 'Also try the {{model}} network in Auto',
    off: 'Auto leaves neural networks out by default, so its run stays fast. Tick this to train one {{model}} network on all series first; Auto then chooses it for a series only where it wins on validation, like any other model.',
    estimating: 'Measuring how long training would take on this device…',
    estimate:
      'Estimated training time on this data: up to {{time}} ({{backend}}, {{ms}} ms per step measured here × {{steps}} steps; early stopping usually ends sooner).',
    failed: 'The network could not be trained, so Auto chose among the other models: {{message}}',
    estimateFailed: 'The training time could not be estimated: {{message}}',
    seconds: '{{formatted}} s',
    minutes: '{{formatted}} min',
  },
  saved: {
    title: 'Saved models',
    intro:
      'Every trained network is kept in this browser (never uploaded). Reuse one to forecast without training, continue training it when new periods arrive, or move it to another browser as a file.',
    empty: 'No saved models yet. Train an RNN, LSTM, GRU, CNN or MLP to keep one.',
    loading: 'Reading the saved models…',
    failed: 'The saved models could not be read: {{message}}',
    name: 'Name',
    architecture: 'Network',
    date: 'Saved',
    horizon: 'Horizon',
    matches: 'Trained on this data',
    yes: 'Yes',
    no: 'No',
    unknown: 'No data to compare',
    actions: 'Actions',
    forecast: 'Forecast',
    forecastHelp: 'Forecast “{{name}}” without training',
    warmStart: 'Continue training',
    warmStartHelp: 'Continue training “{{name}}” on the data loaded now',
    export: 'Export',
    exportHelp: 'Export “{{name}}” to a file',
    delete: 'Delete',
    deleteHelp: 'Delete “{{name}}”',
    import: 'Import a model file…',
    imported: 'Imported “{{name}}”.',
    deleted: 'Deleted “{{name}}”.',
    fit: {
      'series-count': 'Trained on another number of series: it cannot forecast this data.',
      frequency: 'Trained on another frequency: it cannot forecast this data.',
      covariates: 'Trained with other covariates: it cannot forecast this data.',
    },
    importProblem: {
      'not-json': 'That file is not a model file (it is not JSON).',
      'not-a-model': 'That file is not a Shelfcast model file.',
      'other-version': 'That model file comes from another version of Shelfcast and cannot be read.',
      unreadable: 'That model file is damaged: its weights do not fit its network.',
    },
  },
};
