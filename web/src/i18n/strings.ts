/**
 * Every word the interface shows, in Chinese and English. Place names come from the data.
 */
import type { ClaimMeasure, ClaimModality, PassageKind, Precision, Status } from '../../../types/atlas';

export type Lang = 'zh' | 'en';

const zh = {
  appTitle: '乌镇规划图',
  appSubtitle: '乌镇 · 桐乡 · 嘉湖一体化合作先行区',
  layers: '图层',
  legend: '图例',
  search: '搜索地点与原文',
  searchPlaceholder: '搜索：乌镇之光、先行区、wuzhen…',
  places: '地点',
  passages: '原文段落',
  noResults: '没有找到结果',
  close: '关闭',
  status: '状态',
  precision: '位置精度',
  geometrySource: '几何来源',
  citedBy: '提及此地的段落',
  noPassages: '文献中没有段落提及此地。',
  openInDocument: '在文献中打开',
  documents: '文献',
  loading: '正在加载…',
  apiError: '无法连接数据服务',
  retry: '重试',
  language: 'English',
  damaged: '来源中此处文字损坏，原样保留',
  reader: '文献阅读',
  backToPlace: '返回地点',
  sources: '资料来源',
  notes: '备注',
  showOnMap: '在地图上显示',
  filters: '筛选',
  byStatus: '按状态',
  byPrecision: '按位置精度',
  byDocument: '按文献',
  allDocuments: '全部文献',
  clearFilters: '清除筛选',
  share: '分享与导出',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  exportGeoJson: '导出 GeoJSON',
  exportCsv: '导出 CSV',
  placeList: '当前显示的地点',
  noPlacesShown: '没有符合条件的地点。请打开图层或放宽筛选。',
  previous: '上一处',
  next: '下一处',
  citationOf: (i: number, n: number) => `第 ${i} / ${n} 处`,
  documentPlaces: '只显示本文献提到的地点',
  story: '按阅读顺序游览地点',
  storyStep: (i: number, n: number) => `第 ${i} / ${n} 站`,
  storyEnd: '结束游览',
  back: '返回',
  tools: '工具',
  factsLayer: '数据图层：按文献中的数字标注地点',
  factsNone: '不显示',
  factsCount: (n: number) => `${n} 个地点有此类数字`,
  shown: '显示',
  // claims timeline and discrepancies (issue 10)
  claimsTitle: '文献中的数字与日期',
  claimsIntro: '各文献写于不同时间、出自不同机构；这里列出每份文献的原话，不作判断。',
  claimsNone: '文献中没有关于此地的数字或日期。',
  claimsAll: '全部',
  claimsFilter: '按类别筛选',
  claimAsOf: '所指时间',
  claimAlso: '同一文献另有',
  claimCorrected: '经人工校正',
  claimDiffers: '与其他文献说法不同',
  discrepanciesTitle: '文献间的出入',
  discrepanciesIntro: '同一地点、同一指标，不同文献给出的数值或状态不同。这里列出事实及其日期，不作评判。',
  discrepanciesNone: '未发现文献间的出入。',
  documentDate: '文献日期',
};

type Strings = typeof zh;

const en: Strings = {
  appTitle: 'Wuzhen Atlas',
  appSubtitle: 'Wuzhen · Tongxiang · Jiaxing–Huzhou cooperation zone',
  layers: 'Layers',
  legend: 'Legend',
  search: 'Search places and passages',
  searchPlaceholder: 'Search: 乌镇之光, cooperation zone, wuzhen…',
  places: 'Places',
  passages: 'Passages',
  noResults: 'No results',
  close: 'Close',
  status: 'Status',
  precision: 'Position precision',
  geometrySource: 'Geometry source',
  citedBy: 'Passages that name this place',
  noPassages: 'No passage of the documents names this place.',
  openInDocument: 'Open in document',
  documents: 'Documents',
  loading: 'Loading…',
  apiError: 'Cannot reach the data service',
  retry: 'Retry',
  language: '中文',
  damaged: 'Corrupt in the source; kept as found',
  reader: 'Reader',
  backToPlace: 'Back to place',
  sources: 'Sources',
  notes: 'Notes',
  showOnMap: 'Show on map',
  filters: 'Filters',
  byStatus: 'By status',
  byPrecision: 'By position precision',
  byDocument: 'By document',
  allDocuments: 'All documents',
  clearFilters: 'Clear filters',
  share: 'Share & export',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  exportGeoJson: 'Export GeoJSON',
  exportCsv: 'Export CSV',
  placeList: 'Places shown',
  noPlacesShown: 'No place matches. Turn on a layer or relax the filters.',
  previous: 'Previous',
  next: 'Next',
  citationOf: (i: number, n: number) => `${i} of ${n}`,
  documentPlaces: "Show only this document's places",
  story: 'Walk the places in reading order',
  storyStep: (i: number, n: number) => `Stop ${i} of ${n}`,
  storyEnd: 'End the walk',
  back: 'Back',
  tools: 'Tools',
  factsLayer: 'Facts layer: places sized by a figure the documents state',
  factsNone: 'Off',
  factsCount: (n: number) => `${n} places have such a figure`,
  shown: 'shown',
  // claims timeline and discrepancies (issue 10)
  claimsTitle: 'Figures and dates in the documents',
  claimsIntro: 'Written at different times by different bodies; each line is what a document says, not a verdict.',
  claimsNone: 'The documents give no figures or dates for this place.',
  claimsAll: 'All',
  claimsFilter: 'Filter by measure',
  claimAsOf: 'refers to',
  claimAlso: 'also in the same document',
  claimCorrected: 'corrected by review',
  claimDiffers: 'other documents differ',
  discrepanciesTitle: 'Where the documents differ',
  discrepanciesIntro: 'The same measure of the same place, stated differently by different documents: the facts and their dates, not a verdict.',
  discrepanciesNone: 'No differences between the documents were found.',
  documentDate: 'Document date',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  zh: { existing: '已建成', under_construction: '在建', planned: '规划', proposed: '拟建（提议）', study: '研究中' },
  en: { existing: 'Existing', under_construction: 'Under construction', planned: 'Planned', proposed: 'Proposed', study: 'Under study' },
};

export const PRECISION_LABELS: Record<Lang, Record<Precision, string>> = {
  zh: {
    surveyed: '精确（约100米内）',
    approximate: '大致位置（1–2公里内）',
    schematic: '示意线位（经过已知点，非实测走向）',
    indicative: '示意范围（文献未给出边界）',
  },
  en: {
    surveyed: 'Surveyed (within ~100 m)',
    approximate: 'Approximate (within 1–2 km)',
    schematic: 'Schematic (through known points, not a traced alignment)',
    indicative: 'Indicative (the documents give no boundary)',
  },
};

export const PASSAGE_KIND_LABELS: Record<Lang, Record<PassageKind, string>> = {
  zh: { title: '标题', heading: '小标题', paragraph: '正文', caption: '图片说明', byline: '署名', meta: '版面信息' },
  en: { title: 'Title', heading: 'Heading', paragraph: 'Paragraph', caption: 'Caption', byline: 'Byline', meta: 'Page furniture' },
};

export const CLAIM_MEASURE_LABELS: Record<Lang, Record<ClaimMeasure, string>> = {
  zh: {
    area: '面积', investment: '投资', output: '产值·规模', value_added: '增加值', money: '金额', count: '数量', share: '占比',
    growth: '增长', percentage: '百分比', multiple: '倍数', computing: '算力', bandwidth: '带宽·速率', index: '指数',
    ranking: '排名', duration: '时长', date: '日期', status: '状态',
  },
  en: {
    area: 'Area', investment: 'Investment', output: 'Output', value_added: 'Value added', money: 'Amount', count: 'Count', share: 'Share',
    growth: 'Growth', percentage: 'Percentage', multiple: 'Multiple', computing: 'Computing power', bandwidth: 'Bandwidth', index: 'Index',
    ranking: 'Ranking', duration: 'Duration', date: 'Date', status: 'Status',
  },
};

/** How a claim is meant: reported facts carry no label; targets and recommendations do. */
export const CLAIM_MODALITY_LABELS: Record<Lang, Record<ClaimModality, string>> = {
  zh: { reported: '', target: '目标', proposal: '建议' },
  en: { reported: '', target: 'target', proposal: 'recommendation' },
};
