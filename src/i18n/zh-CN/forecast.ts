import type { Catalogue } from '../catalogue-types';
import type { forecast as english } from '../en/forecast';

/** “预测”步骤的简体中文文案。 */
export const forecast: Catalogue<typeof english> = {
  title: '预测',
  colon: '：',
  listSeparator: '；',
  noData: {
    text: '请先载入销售数据：打开一个文件或试用示例数据，然后回到这里为每个商品做预测。',
    goToData: '前往“数据”',
  },
  intro: {
    text_other:
      'Shelfcast 会对您的 {{count}} 个序列分别尝试多种预测方法，用它们没有见过的近期销售逐一检验，并保留最准确的结果：几种表现好的方法的组合，或明显更好的单一方法。阴影区间是销售{{often}}会落入的范围。',
  },
  train: {
    start: '预测全部序列',
    again: '重新预测',
    running: '正在预测…',
  },
  stale: '这些结果生成后，数据或模型设置已有变化。请重新预测以更新结果。',
  band: {
    often: {
      '50': '有一半的时候',
      '80': '十次中有八次',
      '90': '十次中有九次',
      '95': '二十次中有十九次',
      other: '在 {{percent}} 的时候',
    },
    name: '{{percent}} 区间（p{{lower}}–p{{upper}}）',
  },
  plan: {
    carriedForward_other:
      '文件中没有覆盖整个预测期的计划（未来的 {{covariates}}），涉及 {{series}} 个序列（例如 {{examples}}）：AR-X 在这些时期假定它们取近期的常见值（常规价格、无促销）。要使用您的计划，请在最后一个销售日期之后添加行，填入计划值并让销量单元格留空。',
  },
  models: {
    auto: '自动',
    blend: '混合',
    naive: '朴素法',
    snaive: '季节性朴素',
    'moving-average': '移动平均',
    ets: 'ETS',
    theta: 'Theta',
    stl: 'STL',
    arima: 'ARIMA',
    arx: 'AR-X',
    pooled: '跨序列合并回归',
    croston: 'Croston 法',
    sba: 'SBA',
    tsb: 'TSB',
    rnn: 'RNN',
    lstm: 'LSTM',
    gru: 'GRU',
    cnn: 'CNN',
    mlp: 'MLP',
  },
  settings: {
    title: '模型设置',
    horizon: '预测期数（{{unit}}）',
    unit: { daily: '天', weekly: '周', monthly: '月', quarterly: '季度' },
    horizonHint: {
      daily: '要向前规划多远。日度数据默认为 {{count}}。',
      weekly: '要向前规划多远。周度数据默认为 {{count}}。',
      monthly: '要向前规划多远。月度数据默认为 {{count}}。',
      quarterly: '要向前规划多远。季度数据默认为 {{count}}。',
    },
    model: '模型',
    modelHint:
      '“自动”会在每个商品上尝试所有经典模型，保留表现好的模型的组合，或明显更好的单一模型。“自动”默认不包含神经网络（RNN、LSTM、GRU、CNN、MLP；勾选旁边的选项可让它尝试 MLP）：在这里选择其中之一，即可单独用它在全部商品上一次性训练；之后它会与季节性朴素法在同一段留出的销售上一起评分。',
    metric: '模型评判标准',
    split: '用留出数据检验',
    splitKind: '划分方式',
    splitRatio: '训练 : 验证 : 测试',
    splitHoldout: '以最后一个预测期为测试',
    share: { train: '训练占比', validation: '验证占比', test: '测试占比' },
    splitHint: '模型在最早的部分上学习，在中间部分上挑选，并在它们从未见过的最新部分上只评分一次。',
    budget: '慢速模型的时间预算（分钟）',
    budgetHint: '超出预算后，“自动”会在其余商品上跳过 ARIMA 和 STL，并会加以说明。',
    network: '网络：{{model}}',
  },
  progress: {
    state: {
      running: '正在拟合模型',
      done: '已完成',
      nothing: '没有任何序列可以预测',
      cancelled: '已取消',
      failed: '因错误而停止',
    },
    training: '正在训练 {{model}}',
    steps: '第 {{done}} 步，共 {{total}} 步',
    series: '{{done}} / {{total}} 个序列',
    cancel: '取消',
    barTraining: '训练步数',
    barSeries: '已评估的序列',
    seconds: '{{seconds}} 秒',
    minutes: '{{minutes}} 分 {{seconds}} 秒',
    budgetLeft: 'ARIMA 和 STL 还会再拟合 {{time}}；之后“自动”只使用较快的模型。',
    budgetSpent: 'ARIMA 和 STL 的时间预算已用完：其余序列使用较快的模型。',
    cancelledTraining: '训练在第 {{steps}} 步后取消：没有生成任何预测。',
    cancelledSeries: '已在完成 {{done}} / {{total}} 个序列后取消。下方结果只涵盖这些序列。',
    error: '运行已停止：{{message}}',
    skipped: '因时间预算而跳过：{{list}}。提高预算即可在所有序列上拟合它们。',
    skippedEntry: '{{model}}（{{count}} 个序列）',
  },
  nothing: {
    alert_other: '{{count}} 个序列都无法预测，因此没有可下载的内容。下方列表逐一说明了原因。',
    tooShort:
      '每个序列至少需要 {{needed}} 期有销售的数据；这里最长的序列只有 {{most}} 期。请载入更长的历史数据。',
    back: '返回“数据”',
  },
  results: {
    summary_other: '已由{{model}}为 {{forecast}} / {{total}} 个序列预测未来 {{count}} 期。',
  },
  verdict: {
    headline: {
      better: '通常误差约为 {{wape}}（WAPE）；比重复上一季的销售好 {{gain}}。',
      worse: '通常误差约为 {{wape}}（WAPE）；比重复上一季的销售差 {{gain}}。',
      same: '通常误差约为 {{wape}}（WAPE）；与重复上一季的销售大致相当。',
      none: '通常误差约为 {{wape}}（WAPE）。',
      noSales: '留出的销售全部为零，因此无法把典型误差表示为销售的百分比。',
      unmeasured: '无法衡量准确度：没有任何序列长到可以留出一段销售用于检验。',
    },
    basis: {
      test: '在测试部分上衡量：即最新的销售，在选定预测之前没有任何模型见过。WAPE 是总误差占总销售的比例；“重复上一季的销售”即季节性朴素预测，在同一段销售上评分。',
      validation:
        '在验证部分上衡量，这是这里唯一留出的销售。“自动”也是在这段销售上做的选择，因此这个数字可能略显乐观。',
    },
    worse:
      '警告：在测试部分上，这个预测比直接重复上一季的销售还差。在依赖它之前，请检查数据近期是否有变化，或改用季节性朴素预测来做计划。',
    aboveBenchmark:
      '警告：它在测试部分上的典型误差（{{metric}} {{mase}}）大于在历史数据中重复上一季销售的误差；低于 1 才算胜过这个简单基准。在依赖它之前，请检查数据近期是否有变化，或缩短预测期数。',
    autoHow:
      '“自动”如何选择：对每个序列，它在验证部分（模型拟合时没有见过的近期销售）上比较各个模型，保留表现好的模型的中位数组合，或明显更好的单一模型或混合。测试部分是最新的销售，只在做出选择之后评分一次。排行榜按测试部分排序，因此其他模型可能排在“自动”之前：在短短几周内，某个模型可能只是碰巧领先。',
    outrankedAuto:
      '在{{part}}上，{{other}} 排在“自动”之前（{{metric}} {{otherScore}}，对比 {{score}}）。“自动”是在验证部分上、在这段销售之前做的选择；仅凭一段时间的表现，不足以断定 {{other}} 下一次会更好。',
    outranked: '在{{part}}上，{{other}} 的得分优于 {{model}}（{{metric}} {{otherScore}}，对比 {{score}}）。',
    part: { test: '测试部分', validation: '验证部分' },
    next: '下一步：库存',
    nextHint: '把这个预测转化为库存水平和订货建议。',
  },
  metrics: {
    title: '排行榜',
    ranked: '按{{part}}上的 {{metric}} 排序，越低越好',
    allMeasures: '全部指标',
    scrollLabel: '排行榜表格（可横向滚动）',
    rank: '名次',
    model: '模型',
    series: '序列数',
    parts: {
      train: '训练（样本内）',
      validation: '验证（用于选择）',
      test: '测试（选择后评分一次）',
    },
    coverage: 'p10–p90 覆盖率（测试）',
    autoChose: '被“自动”选中次数',
    hint: '各指标为所有序列的平均值；WAPE 把所有序列合并计算（销量大的商品权重更大）。MAPE 不计销售为零的期。',
    mapeSkipped_other: '测试部分有 {{count}} 期销售为零，未计入 MAPE。',
    blends: '“自动”选择混合的次数：{{count}}。',
    glossary: '各项指标和数据部分的含义',
  },
  measures: {
    mase: {
      name: 'MASE',
      help: '平均绝对标度误差：误差除以在历史数据中重复上一季销售的典型误差。低于 1 即胜过这个简单基准。',
    },
    smape: {
      name: 'sMAPE',
      help: '对称平均绝对百分比误差：每个误差占预测值与实际销售平均值的比例（0–200%）。',
    },
    wape: {
      name: 'WAPE',
      help: '加权绝对百分比误差：所有误差之和占全部销售的比例。“误差约 12%”指的就是它。',
    },
    mae: { name: 'MAE', help: '平均绝对误差：预测平均偏离多少件。' },
    rmse: { name: 'RMSE', help: '均方根误差：与 MAE 一样以件数计，但大的偏差权重更大。' },
    mse: { name: 'MSE', help: '均方误差：RMSE 的平方；大的偏差权重大得多。' },
    mape: {
      name: 'MAPE',
      help: '平均绝对百分比误差：每个误差占实际销售的比例；销售为零的期不计入。',
    },
    bias: {
      name: '偏差',
      help: '平均误差（预测减实际，以件数计）：大于 0 表示预测偏高，小于 0 表示偏低。',
    },
    coverage: {
      name: '覆盖率',
      help: '实际销售落在区间内的频率：80% 区间（p10–p90）应覆盖约 80%。',
    },
  },
  partHelp: {
    train: '训练：最早的销售，模型从中学习；这里的误差是样本内误差，会显得偏好。',
    validation: '验证：随后的销售，拟合时没有见过；“自动”在这里挑选模型。',
    test: '测试：最新的销售，只在选择之后评分一次；这是对预测最公平的检验。',
  },
  interval: {
    label: '区间',
    hint: '销售应以这个频率落在阴影区间内。',
    running: '等所有序列都完成后，会用全部序列来校准区间。',
    noValidation:
      '没有任何序列长到可以划出验证部分，因此每个区间都来自该序列自身的样本内拟合误差（往往偏窄）。',
    unfinished: '运行没有完成，因此每个区间只用其自身序列来校准（往往偏窄）。',
    calibrated: '区间已用全部序列汇总的 {{errors}} 个验证误差校准：销售{{often}}应落在 {{band}} 区间内。',
    held: '在测试部分上，它覆盖了 {{share}} 的实际销售（目标为 {{aim}}）。',
    noTest: '没有测试部分可用于检验。',
  },
  closed: {
    note_other:
      '您的计划中有 {{series}} 个序列的 {{count}} 个未来期处于关闭状态（open = 0，或没有价格）：这些期的预测为 0，且没有区间。',
  },
  unforecastable: {
    title: '未预测（{{count}}）',
    hint: '这些序列不包含在预测下载文件中。',
    more: '……另有 {{count}} 个。',
    tooShort_other: '只有 {{count}} 期有销售（至少需要 {{needed}} 期）',
    noModel: '没有任何模型能够预测它',
    failed: '评估因错误而停止：{{message}}',
  },
  autoReason: {
    basis: { validation: '验证', inSample: '样本内' },
    lowest: '{{model}}：{{basis}} {{metric}} 最低（{{score}}）',
    blend:
      '混合（{{members}} 的中位数）：{{basis}} {{metric}} 为 {{score}}，低于最好的单一模型 {{best}}（{{bestScore}}）',
    combination:
      '组合（{{members}} 的中位数）：{{basis}} {{metric}} 为 {{score}}；没有任何单一模型或混合能低至少 {{margin}}',
    combinationWindows: '，并在 {{windows}} 个窗口中至少 {{consistency}} 的窗口上更低',
    nothingToCompare: '{{model}}：没有可用于比较模型的{{basis}}数值，因此采用第一个拟合成功的模型',
    beating: '，比组合的 {{score}} 至少低 {{margin}}',
    beatingWindows: '，并在 {{scored}} 个窗口中的 {{won}} 个上更低',
    short: '；该序列太短，无法留出验证部分',
    nameSeparator: '、',
  },
  export: {
    forecasts: '下载预测（CSV）',
    metrics: '下载指标（CSV）',
  },
  explanation: {
    title: '详情：预测的依据',
    aicc: 'AICc：{{value}}',
    aiccHelp:
      'AICc：修正的赤池信息准则，一种会惩罚多余参数的拟合评分；越低越好，且只有拟合同一序列的形式之间才可比较。',
    etsForm:
      'ETS（误差、趋势、季节）：A 为加法，M 为乘法，N 为无，Ad 为阻尼趋势。指数平滑：近期销售的权重大于较早的销售。',
    arimaForm:
      'ARIMA(p,d,q)(P,D,Q)[m]：预测依赖过去 p 期的数值和 q 期的误差，d 为为去除趋势所做的差分次数；大写字母表示以季节长度 m 为单位的相同含义。',
    parameters: {
      alpha: { name: 'α（alpha）', help: '水平平滑：水平跟随新销售的速度（0 为缓慢，1 为立即）。' },
      beta: { name: 'β（beta）', help: '趋势平滑：趋势跟随变化的速度。' },
      gamma: { name: 'γ（gamma）', help: '季节平滑：季节模式跟随变化的速度。' },
      phi: { name: 'φ（phi）', help: '阻尼：趋势在更远的未来减弱的速度（1 表示不减弱）。' },
      theta: { name: 'θ（theta）', help: 'Theta：长期趋势线相对于近期水平所占的权重。' },
      drift: { name: '漂移', help: '趋势：预测向前延续的每期变化量。' },
      level: { name: '水平', help: '历史数据末尾每期的基本销售量。' },
      initialLevel: { name: '初始水平', help: '模型在历史数据开头的起始水平。' },
      initialSlope: { name: '初始斜率', help: '模型起始时的每期趋势。' },
      mean: { name: '均值', help: '序列会回归的平均水平。' },
      intercept: { name: '截距', help: '回归中的常数部分，不含滞后项和协变量。' },
      lastValue: { name: '最后一个值', help: '最后一期的销售值，在未来每一期重复使用。' },
      window: { name: '窗口', help: '移动平均所用的近期期数。' },
      seasonLength: { name: '季节长度', help: '一个季节包含的期数（以天为单位时一周为 7）。' },
      sigma2: { name: 'σ²（sigma²）', help: '一步误差的方差：误差典型大小的平方。' },
      ar: { name: 'ar{{n}}', help: '自回归权重：{{n}} 期之前的数值所占的分量。' },
      ma: { name: 'ma{{n}}', help: '移动平均权重：{{n}} 期之前的误差所占的分量。' },
      sar: { name: 'sar{{n}}', help: '季节自回归权重：{{n}} 个季节之前的数值所占的分量。' },
      sma: { name: 'sma{{n}}', help: '季节移动平均权重：{{n}} 个季节之前的误差所占的分量。' },
      lag: { name: '滞后 {{n}}', help: '{{n}} 期之前销售的回归权重。' },
      alphaSize: { name: 'α（需求量）', help: '对每次需求量的平滑（0 为缓慢，1 为立即）。' },
      betaProbability: { name: 'β（概率）', help: '对出现需求的频率的平滑。' },
      demandProbability: { name: '需求概率', help: '某一期有任何销售的概率。' },
      demandInterval: { name: '需求间隔', help: '两次销售之间平均相隔的期数。' },
      demandSize: { name: '需求量', help: '有销售的期平均卖出的数量。' },
    },
  },
};
