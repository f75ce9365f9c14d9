/** The words of a service point's detail (zh-CN first), shipped with its part (./detail-view.ts). */
import { localStrings } from '../internal/localize/local.js';

export interface DetailStrings {
  address: string;
  openingHours: string;
  open24h: string;
  closedDay: string;
  closures: string;
  closure: (from: string, to: string, reason: string) => string;
  amenityList: string;
  mealOffers: string;
  mealWindows: (windows: string) => string;
  /** A free 爱心餐 with its daily quota. */
  freeMeal: (quota: number) => string;
  /** An affordable-housing point's beds and the monthly rent of one bed (already formatted). */
  housing: (beds: number, rent: string) => string;
  call: (phone: string) => string;
  navigate: string;
  navigateWith: { amap: string; baidu: string; system: string };
  navigateHint: string;
  /** Booking a slot at a point that takes appointments (legal aid, mediation, health check). */
  bookHeading: string;
  /** What booking is, with how many days ahead (the contract's horizon). */
  bookIntro: (days: number) => string;
  bookButton: string;
}

export const detailStrings = localStrings<DetailStrings>(
  'serviceMapDetail',
  {
    address: '地址',
    openingHours: '开放时间',
    open24h: '24 小时开放',
    closedDay: '休息',
    closures: '临时闭站',
    closure: (from, to, reason) => `${from} 至 ${to}：${reason}`,
    amenityList: '设施',
    mealOffers: '优惠餐食',
    mealWindows: (windows) => `供应时段 ${windows}`,
    freeMeal: (quota) => `免费爱心餐，每天限 ${quota} 份，先到先得`,
    housing: (beds, rent) => `床位 ${beds} 张，每床每月 ${rent}`,
    call: (phone) => `拨打电话 ${phone}`,
    navigate: '导航前往',
    navigateWith: { amap: '高德地图骑行导航', baidu: '百度地图骑行导航', system: '手机地图导航' },
    navigateHint: '将离开当前页面，在所选地图中规划到这里的骑行路线。',
    bookHeading: '预约时段',
    bookIntro: (days) => `选一天和一个时段，按时到站办理。工作日开放，可预约 ${days} 天内的时段。`,
    bookButton: '预约时段',
  },
  () => import('./detail-strings.en.js'),
);
