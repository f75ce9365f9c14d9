/** `<union-job-listings>`'s own words, zh-CN first. Shared words, enum labels and errors come from `this.t`. */
import { localStrings } from '../internal/localize/local.js';
import type { WidgetEnums } from '../internal/localize/translation.js';
import type { ResultsStrings } from '../internal/views/list.js';

export interface JobListingsStrings extends ResultsStrings {
  /** Labels of the contract's enums that only this widget shows. */
  enums: Pick<WidgetEnums, 'employmentType' | 'jobApplicationStatus'>;
  title: string;
  intro: string;
  tabJobs: string;
  tabMine: string;
  tabsLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  filters: string;
  /** How many filters are set, after the 筛选条件 label; '' when none. */
  activeCount: (n: number) => string;
  occupation: string;
  employmentType: string;
  district: string;
  anyOption: string;
  salaryMin: string;
  salaryMinHint: string;
  salaryMinInvalid: string;
  salaryRange: (min: string, max: string) => string;
  employer: string;
  source: { huipin_shanghai: string; union_partner: string };
  appliedHeading: string;
  viewMine: string;
  status: (status: string) => string;
  withdrawn: string;
  alreadyAppliedBadge: string;
}

export const jobListingsStrings = localStrings<JobListingsStrings>(
  'jobs',
  {
    title: '就业服务',
    intro: '“会聘上海”新就业形态劳动者职业介绍专栏，在线查看岗位、投递简历。',
    tabJobs: '找岗位',
    tabMine: '我的投递',
    tabsLabel: '就业服务栏目',
    searchLabel: '搜索岗位',
    searchPlaceholder: '岗位名称、单位或关键词',
    searchButton: '搜索',
    filters: '筛选条件',
    activeCount: (n) => (n ? `（已选 ${n} 项）` : ''),
    occupation: '职业',
    employmentType: '用工形式',
    district: '工作地区',
    anyOption: '不限',
    salaryMin: '最低月薪（元）',
    salaryMinHint: '只看月薪可达到此金额的岗位',
    salaryMinInvalid: '请输入不小于 0 的整数金额，如 8000 或 8,000',
    resultsHeading: '岗位列表',
    resultsShown: (n) => `已显示 ${n} 个岗位`,
    noResults: '没有找到符合条件的岗位，可以换个关键词或放宽筛选条件。',
    updating: '正在更新结果，下面仍是上次的岗位…',
    staleResults: '下面仍是上次的岗位。',
    moreLoaded: (n) => `又加载了 ${n} 个岗位`,
    salaryRange: (min, max) => `${min}–${max}/月`,
    viewDetail: (title) => `查看岗位详情：${title}`,
    backToList: '返回岗位列表',
    employer: '用人单位',
    source: { huipin_shanghai: '会聘上海', union_partner: '工会合作单位' },
    appliedHeading: '投递成功',
    viewMine: '查看我的投递',
    status: (status) => `状态：${status}`,
    withdrawn: '已撤回投递',
    alreadyAppliedBadge: '已投递',
    enums: {
      employmentType: { full_time: '全职', part_time: '兼职', gig: '灵活用工' },
      jobApplicationStatus: {
        submitted: '已投递',
        viewed: '已查看',
        interview: '邀请面试',
        hired: '已录用',
        rejected: '不合适',
        withdrawn: '已撤回',
      },
    },
  },
  () => import('./strings.en.js'),
);
