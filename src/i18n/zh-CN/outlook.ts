import type { Catalogue } from '../catalogue-types';
import type { outlook as english } from '../en/outlook';

/** 预测概览的简体中文文案：数字摘要、逐期表格、图表与逐系列列表。 */
export const outlook: Catalogue<typeof english> = {
  periods: {
    daily_other: '{{count}} 天',
    weekly_other: '{{count}} 周',
    monthly_other: '{{count}} 个月',
    quarterly_other: '{{count}} 个季度',
  },
  summary: {
    title: '未来 {{periods}} 的预测数字',
    total:
      '未来 {{periods}}（{{span}}），全部 {{count}} 个系列合计：约 {{point}} {{unit}}，大概率在 {{low}} 到 {{high}} 之间（合计的 {{percent}}% 区间）。',
    series:
      '未来 {{periods}}（{{span}}），{{series}}：合计约 {{point}} {{unit}}，大概率在 {{low}} 到 {{high}} 之间（{{percent}}% 区间）。',
    topSeller: '销量最高的系列',
    whyUnmeasured:
      '本次运行无法测得各系列的偏差能相互抵消多少，因此合计的区间取各系列区间之和，即最宽的情形。',
    why: '合计的区间比各期或各系列区间直接相加要窄，因为有的偏低、有的偏高，会部分相互抵消；抵消多少，由本次运行在验证段上实测得出。',
    leftOut_other: '{{count}} 个系列的结束日期不同，未计入合计。',
  },
  focus: {
    label: '显示',
    total: '合计（全部系列）',
    series: '系列 {{id}}',
  },
  table: {
    title: '逐期预测',
    captionTotal: '全部系列合计的逐期预测及其 {{percent}}% 区间。',
    captionSeries: '系列 {{id}} 的逐期预测及其 {{percent}}% 区间。',
    period: '时期',
    forecast: '预测',
    low: '下限（{{percent}}%）',
    high: '上限（{{percent}}%）',
    sortHint: '点击列标题可按该列排序，再次点击则反向排序。',
  },
  chart: {
    titleTotal: '全部系列合计的预测',
    titleSeries: '预测对象：',
    allHistory: '全部历史',
    autoChoice: 'Auto 的选择：{{reason}}',
    noForecast: '该系列没有预测：{{reason}}。',
    band: '{{percent}}% 区间（p{{lower}}–p{{upper}}）',
    unitsSold: '销量',
    totalNote: '实际销量与预测均为 {{count}} 个系列之和；阴影带是合计的区间。下方表格列出了相同的数字。',
  },
  plot: {
    label: '预测图表：用左右方向键逐期读取数值',
    hint: '将指针移到图表上即可读取某一期的数值。',
    lines: {
      actual: '实际销量',
      validation: '验证段预测',
      test: '测试段预测',
      future: '预测',
    },
    regions: {
      validation: '验证段',
      test: '测试段',
      future: '预测期',
    },
  },
  seriesTable: {
    title: '逐系列',
    count_other: '{{count}} 个系列',
    find: '查找系列',
    sort: '系列排序',
    sortTest: '测试误差最大的在前',
    sortValidation: '验证误差最大的在前',
    sortName: '按名称',
    series: '系列',
    forecastBy: '预测方法',
    why: '原因',
    validationMase: '验证 MASE',
    testMase: '测试 MASE',
    demand: '需求类型',
    notForecast: '未预测',
    previous: '上一页',
    next: '下一页',
    page: '第 {{page}} 页，共 {{pages}} 页',
    demandKinds: {
      smooth: '平稳',
      erratic: '波动大',
      intermittent: '间歇',
      lumpy: '块状',
    },
  },
};
