import type { Catalogue } from '../catalogue-types';
import type { app as en } from '../en/app';

export const app: Catalogue<typeof en> = {
  name: 'Shelfcast',
  tagline: '私密的销量预测',
  steps: {
    label: '步骤',
    data: '数据',
    forecast: '预测',
    inventory: '库存',
  },
  about: '关于与隐私',
  footer: 'Shelfcast 完全在此浏览器中运行。您的数据不会离开此设备。',
  language: {
    label: '语言',
    en: 'English',
    'zh-CN': '简体中文',
  },
  aboutPage: {
    title: '关于 Shelfcast',
    intro:
      'Shelfcast 根据您自己的销售历史预测销量并规划库存。它是一个静态网页：您打开的每个文件都在此浏览器标签页内读取、清洗和建模。',
    privacy: '隐私',
    nothingLeaves: '任何数据都不会离开此设备。没有服务器，没有账户，没有统计分析，也没有跟踪。',
    policy: '本页的安全策略阻止与其他网站的一切连接，因此即使程序有缺陷，也无法上传您的数据。',
    stored:
      '两次访问之间只保留您的列对应关系和设置，保存在此浏览器自己的存储（IndexedDB）中。清除本网站的数据即可删除它们。',
    samples: '示例数据',
    retailTitle: '合成零售数据，每日',
    retailText:
      '为 Shelfcast 生成的合成数据：虚构门店和商品的每日销售件数，含促销和价格。它不代表任何真实企业。',
    ausTitle: '澳大利亚零售营业额，每月',
    ausText:
      '澳大利亚零售营业额。来源：澳大利亚统计局，《澳大利亚零售贸易》，目录号 8501.0，表 11，CC BY 4.0（经由 R 软件包 tsibbledata）。',
  },
  crash: {
    title: '出错了',
    text: 'Shelfcast 遇到意外问题，已停止此页面。您的数据从未离开此设备。重新载入页面即可重新开始；之前载入的文件需要重新载入。',
    retry: '重试',
    reload: '重新载入页面',
  },
};
