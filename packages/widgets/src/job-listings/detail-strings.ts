/**
 * What a job's detail of `<union-job-listings>` says, in zh-CN (default) and en: it comes with its part
 * (`./detail-part.ts`), in its own chunk. The widget's other words are `./strings.ts`.
 */
import { localStrings } from '../internal/localize/local.js';

export interface DetailStrings {
  description: string;
  requirements: string;
  benefits: string;
  dates: string;
  postedOn: (date: string) => string;
  expiresOn: (date: string) => string;
  perMonth: string;
  applyFor: string;
  appliedStatus: (date: string, status: string) => string;
}

export const detailStrings = localStrings<DetailStrings>(
  'jobsDetail',
  {
    description: '岗位介绍',
    requirements: '岗位要求',
    benefits: '福利待遇',
    dates: '发布与截止',
    postedOn: (date) => `${date} 发布`,
    expiresOn: (date) => `${date} 截止`,
    perMonth: '月薪',
    applyFor: '投递简历',
    appliedStatus: (date, status) => `您已于 ${date} 投递此岗位，当前状态：${status}。`,
  },
  () => import('./detail-strings.en.js'),
);
