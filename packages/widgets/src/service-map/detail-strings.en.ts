/** English words of a service point's detail, loaded on demand (see ./detail-strings.ts). */
import type { DetailStrings } from './detail-strings.js';

export const en: DetailStrings = {
  address: 'Address',
  openingHours: 'Opening hours',
  open24h: 'Open 24 hours',
  closedDay: 'Closed',
  closures: 'Closures',
  closure: (from, to, reason) => `${from} to ${to}: ${reason}`,
  amenityList: 'Amenities',
  mealOffers: 'Discounted meals',
  mealWindows: (windows) => `Served ${windows}`,
  freeMeal: (quota) => `Free care meal, ${quota} a day, first come first served`,
  housing: (beds, rent) => `${beds} beds, ${rent} a bed a month`,
  call: (phone) => `Call ${phone}`,
  navigate: 'Get directions',
  navigateWith: { amap: 'Cycling route in Amap', baidu: 'Cycling route in Baidu Maps', system: 'Route in your phone’s map app' },
  navigateHint: 'This leaves the page and plans a cycling route here in the map you choose.',
  bookHeading: 'Book a time',
  bookIntro: (days) => `Pick a day and a time, then come at that time. Open on weekdays; book up to ${days} days ahead.`,
  bookButton: 'Book a time',
};
