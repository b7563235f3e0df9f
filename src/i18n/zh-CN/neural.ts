import type { Catalogue } from '../catalogue-types';
import type { neural as en } from '../en/neural';

export const neural: Catalogue<typeof en> = {
  settings: {
    steps: {
      label: '训练步数',
      help: '最多训练多少个小批量；通常早停会让训练更早结束。',
    },
    evaluateEvery: {
      label: '验证间隔',
      help: '两次检查验证损失之间相隔的训练步数。',
    },
    patience: {
      label: '早停耐心',
      help: '验证损失连续多少次检查没有改善就停止训练，并保留最佳权重。',
    },
    learningRate: {
      label: '学习率',
      help: '每次更新权重的幅度；太高训练会震荡，太低则收敛很慢。',
    },
    batchSize: {
      label: '批大小',
      help: '每个训练步使用的窗口数，从所有序列和日期中随机抽取。',
    },
    lookback: {
      label: '回看期数',
      help: '每次预测参考的过去期数；越长越能看到季节性，但训练越慢。',
    },
    units: {
      label: '单元数',
      help: '每层的宽度；单元越多能学到的模式越多，但数据少时更容易过拟合。',
    },
    layers: {
      label: '层数',
      help: '堆叠的层数（CNN 为残差块，每多一块，可回看的距离翻一倍）。',
    },
    seed: {
      label: '随机种子',
      help: '相同的种子、数据和后端得到相同的网络；换一个种子可以看出结果的波动有多大。',
    },
    backend: {
      label: '计算后端',
      auto: '自动',
      help: '自动：有真实 GPU 时用 WebGPU，否则对本网络做一次简短的试训，在 WebGL、WASM 和 CPU 中选最快的。全部在本设备上运行，不会上传任何内容。',
    },
  },
  progress: {
    backend: '计算后端：',
    choosing: '正在选择（在每个后端上对网络做一次简短的计时试训）…',
    rates: '第 {{step}} 步，共 {{total}} 步 · 每秒 {{stepsPerSecond}} 步 · 每秒 {{samplesPerSecond}} 个窗口',
    eta: '约剩 {{seconds}} 秒（早停可能让训练更早结束）',
    etaUnknown: '正在估算剩余时间…',
    stoppedBy: {
      steps: '已跑完全部步数',
      'early-stopping': '已早停：验证损失不再下降',
      diverged: '已停止：损失不再是有效数值（请尝试调低学习率）',
      cancelled: '已被您停止',
    },
    kept: '{{reason}}；保留第 {{step}} 步的权重',
    stopping: '将在本步结束后停止；网络目前学到的内容会保留…',
    retrainingLabel: '在全部历史上重新训练',
    retraining:
      '为预测未来而在全部历史上重新训练：第 {{step}} 步，共 {{total}} 步（即验证时找到的最佳步数）。',
    futureRetrained:
      '历史之后的预测来自在全部历史上重新训练了 {{steps}} 步的网络；各项得分则来自从未见过测试期的网络。',
    futureEvaluated: '历史之后的预测来自经过评估的网络（只用训练部分训练）：没有在全部历史上重新训练。',
    keptAfterStop: '训练在第 {{step}} 步被停止：下面的预测和得分来自目前找到的最佳权重（第 {{best}} 步）。',
    keptBeforeCheck: '训练在第一次验证检查之前就被停止了，因此没有可保留的结果。',
    savedAs: '已在此浏览器中保存为“{{name}}”。',
    saveFailed: '训练好的模型无法保存在此浏览器中：{{message}}',
    fromSaved:
      '直接使用已保存的模型“{{name}}”进行预测，未重新训练。其得分并非公平的检验：训练时它可能已经见过这些时期。',
    warmStart: '在已保存的模型“{{name}}”基础上继续训练。如果它之前已见过这些时期，其得分并非公平的检验。',
  },
  loss: {
    chart_one: '每个训练步的损失：{{count}} 步',
    chart_other: '每个训练步的损失：{{count}} 步',
    train: '训练损失',
    validation: '验证损失',
    caption: '（缩放后的每步误差；越低越好）',
  },
  importance: {
    title: '网络依赖哪些输入',
    intro:
      '依次把每组输入在验证窗口之间打乱；验证损失上升越多，说明网络越依赖这组输入。接近 0 表示网络基本不用它。',
    group: '输入组',
    increase: '验证损失的上升',
    sales: '过去的销量',
    calendar: '日历',
    identity: '序列身份',
    covariate: '协变量：{{name}}',
    none: '没有验证窗口，无法衡量重要性。',
  },
  backendReason: {
    forced: '在设置中指定（试训一步：{{ms}} 毫秒）',
    gpuAdapter: '有可用的 GPU 适配器（试训一步：{{ms}} 毫秒）',
    fastest: '在本网络的试训中最快：{{trials}}',
    fastestSkipping: '在本网络的试训中最快：{{trials}}；{{skipped}}',
    trial: '{{backend}} 每步 {{ms}} 毫秒',
    listSeparator: '、',
    noteSeparator: '；',
    note: '{{backend}}：{{problem}}',
    problem: {
      'no-webgpu': '此浏览器不支持 WebGPU',
      'no-adapter': '没有 WebGPU 适配器',
      'no-offscreen-canvas': 'Worker 中没有 OffscreenCanvas',
      'no-webgl2': 'Worker 中没有 WebGL2',
      'trial-failed': '试训失败（{{detail}}）',
    },
  },
  errors: {
    'backend-unavailable': '{{backend}} 无法在此运行：{{problem}}。',
    'backend-cannot-train': '{{backend}} 无法训练这个网络：{{detail}}',
    'no-backend': '没有任何后端能训练这个网络（{{skipped}}）。',
    'model-missing': '此浏览器中已找不到该保存的模型（是否在其他标签页中删除了？）。',
    'model-damaged': '该保存的模型已损坏，无法读取。',
    'storage-unavailable': '此浏览器无法提供 IndexedDB 来保存模型（是否为无痕窗口？）。',
  },
  autoNeural: {
    label: '在“自动”中也尝试 {{model}} 网络',
    off: '“自动”默认不包含神经网络，以便运行保持快速。勾选后会先在所有序列上训练一个 {{model}} 网络；之后“自动”与其他模型一样，仅在它于验证期胜出的序列上选用它。',
    estimating: '正在测量在此设备上训练需要多长时间…',
    estimate:
      '在此数据上的预计训练时间：最多 {{time}}（{{backend}}，本机实测每步 {{ms}} 毫秒 × {{steps}} 步；早停通常会更早结束）。',
    estimateFailed: '无法估计训练时间：{{message}}',
    seconds: '{{formatted}} 秒',
    minutes: '{{formatted}} 分钟',
  },
  saved: {
    title: '已保存的模型',
    intro:
      '每个训练好的网络都保存在此浏览器中（绝不上传）。可以直接用它预测而不必重新训练，在有新数据时继续训练，或以文件形式转移到另一个浏览器。',
    empty: '还没有保存的模型。训练一个 RNN、LSTM、GRU、CNN 或 MLP 即可保存。',
    loading: '正在读取已保存的模型…',
    failed: '无法读取已保存的模型：{{message}}',
    name: '名称',
    architecture: '网络',
    date: '保存时间',
    horizon: '预测期数',
    matches: '基于当前数据训练',
    yes: '是',
    no: '否',
    unknown: '没有可比较的数据',
    actions: '操作',
    forecast: '预测',
    forecastHelp: '不训练，直接用“{{name}}”预测',
    warmStart: '继续训练',
    warmStartHelp: '在当前载入的数据上继续训练“{{name}}”',
    export: '导出',
    exportHelp: '把“{{name}}”导出为文件',
    delete: '删除',
    deleteHelp: '删除“{{name}}”',
    import: '导入模型文件…',
    imported: '已导入“{{name}}”。',
    deleted: '已删除“{{name}}”。',
    fit: {
      'series-count': '训练时的序列数不同：无法预测当前数据。',
      frequency: '训练时的数据频率不同：无法预测当前数据。',
      covariates: '训练时使用的协变量不同：无法预测当前数据。',
    },
    importProblem: {
      'not-json': '该文件不是模型文件（不是 JSON）。',
      'not-a-model': '该文件不是 Shelfcast 模型文件。',
      'other-version': '该模型文件来自其他版本的 Shelfcast，无法读取。',
      unreadable: '该模型文件已损坏：其权重与网络结构不符。',
    },
  },
};
