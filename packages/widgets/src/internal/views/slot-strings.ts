/**
 * The words of booking a slot (zh-CN first), the same wherever a worker books: `<union-help-desk>`'s
 * in-person legal matters and `<union-service-map>`'s detail of a point that takes appointments. They
 * ship with the slot picker (./slots.ts), which both widgets load on demand.
 */
import { localStrings } from '../localize/local.js';

export interface SlotStrings {
  date: string;
  slotsFor: (point: string, date: string) => string;
  noSlots: string;
  slotFull: string;
  slotPassed: string;
  book: string;
  booking: string;
  booked: (point: string, when: string) => string;
  bookedHeading: string;
  /** How to cancel, with the time it can still be done online. */
  cancelUntil: (until: string) => string;
  /** Where the worker finds the booking again. */
  whereToSee: string;
  cancel: string;
  cancelling: string;
  cancelled: (point: string) => string;
  /** The page's session may not book (the service is not enabled here). */
  notOffered: string;
}

export const slotStrings = localStrings<SlotStrings>(
  'slots',
  {
    date: '日期',
    slotsFor: (point, date) => `${point} ${date} 的时段`,
    noSlots: '这一天没有可预约的时段（周末和闭馆日不开放），请换个日期。',
    slotFull: '已约满',
    slotPassed: '已过',
    book: '预约',
    booking: '正在预约…',
    booked: (point, when) => `已预约：${point}，${when}`,
    bookedHeading: '预约成功',
    cancelUntil: (until) => `${until} 前可在这里取消预约；之后如需取消，请致电该站点。`,
    whereToSee: '之后再打开这个站点，点“预约时段”即可查看或取消这次预约。',
    cancel: '取消预约',
    cancelling: '正在取消…',
    cancelled: (point) => `已取消 ${point} 的预约`,
    notOffered: '这个页面暂不支持在线预约，请致电该站点或拨打 12351 预约。',
  },
  () => import('./slot-strings.en.js'),
);
