/** `<union-service-map>`'s own words, zh-CN first. Shared words, enum labels and errors come from `this.t`. */
import type { UnionLocale } from '../internal/localize/translation.js';

export interface ServiceMapStrings {
  title: string;
  intro: string;
  viewsLabel: string;
  listView: string;
  mapView: string;
  useMyLocation: string;
  locating: string;
  locationUsed: string;
  locationDenied: string;
  locationUnavailable: string;
  locationNote: string;
  sortedByDistance: string;
  sortedInDistrict: (district: string) => string;
  chooseDistrict: string;
  district: string;
  anyDistrict: string;
  filters: string;
  type: string;
  allTypes: string;
  amenities: string;
  openNow: string;
  applyFilters: string;
  resultsHeading: string;
  resultsShown: (n: number) => string;
  noResults: string;
  loadMore: string;
  loadingMore: string;
  moreLoaded: (n: number) => string;
  openState: { open: string; closed: string; temporarilyClosed: string };
  distance: (d: string) => string;
  viewDetail: (name: string) => string;
  backToList: string;
  address: string;
  openingHours: string;
  open24h: string;
  closedDay: string;
  closures: string;
  closure: (from: string, to: string, reason: string) => string;
  amenityList: string;
  mealOffers: string;
  mealWindows: (windows: string) => string;
  call: (phone: string) => string;
  navigate: string;
  navigateWith: { amap: string; baidu: string; system: string };
  navigateHint: string;
  mapLabel: string;
  zoomIn: string;
  zoomOut: string;
  mapLoading: string;
  mapFailed: string;
  noTiles: string;
  mapMarker: (name: string, type: string) => string;
  yourPosition: string;
  mapListNote: string;
}

export const serviceMapStrings: Record<UnionLocale, ServiceMapStrings> = {
  'zh-CN': {
    title: '服务阵地',
    intro: '查找附近的户外职工爱心接力站、司机之家、职工食堂、社区食堂和法律服务点。',
    viewsLabel: '显示方式',
    listView: '列表',
    mapView: '地图',
    useMyLocation: '使用我的位置',
    locating: '正在获取位置…',
    locationUsed: '已按您的位置排序',
    locationDenied: '未获得定位权限，仍按原来的方式显示。可在下方选择所在区。',
    locationUnavailable: '暂时无法获取位置，请稍后再试，或在下方选择所在区。',
    locationNote: '位置只用于本次查找附近的阵地，约精确到 100 米，不会保存。',
    sortedByDistance: '按距离由近到远排列',
    sortedInDistrict: (district) => `显示${district}的服务阵地`,
    chooseDistrict: '选择所在区即可查看该区的服务阵地。',
    district: '所在区',
    anyDistrict: '请选择',
    filters: '筛选条件',
    type: '阵地类型',
    allTypes: '全部类型',
    amenities: '需要的设施',
    openNow: '现在营业',
    applyFilters: '筛选',
    resultsHeading: '服务阵地列表',
    resultsShown: (n) => `已显示 ${n} 个服务阵地`,
    noResults: '附近没有符合条件的服务阵地，可以减少筛选条件再试。',
    loadMore: '加载更多',
    loadingMore: '正在加载更多…',
    moreLoaded: (n) => `又加载了 ${n} 个服务阵地`,
    openState: { open: '营业中', closed: '休息中', temporarilyClosed: '暂停开放' },
    distance: (d) => `距您 ${d}`,
    viewDetail: (name) => `查看详情：${name}`,
    backToList: '返回列表',
    address: '地址',
    openingHours: '开放时间',
    open24h: '24 小时开放',
    closedDay: '休息',
    closures: '临时闭站',
    closure: (from, to, reason) => `${from} 至 ${to}：${reason}`,
    amenityList: '设施',
    mealOffers: '优惠餐食',
    mealWindows: (windows) => `供应时段 ${windows}`,
    call: (phone) => `拨打电话 ${phone}`,
    navigate: '导航前往',
    navigateWith: { amap: '高德地图导航', baidu: '百度地图导航', system: '手机自带地图导航' },
    navigateHint: '将离开当前页面，打开所选地图。',
    mapLabel: '服务阵地地图',
    zoomIn: '放大地图',
    zoomOut: '缩小地图',
    mapLoading: '正在加载地图…',
    mapFailed: '地图加载失败，请重试，或使用列表查看。',
    noTiles: '地图底图未加载，仍可查看各服务点位置。',
    mapMarker: (name, type) => `${name}（${type}），查看详情`,
    yourPosition: '您的位置',
    mapListNote: '地图上的圆点与列表一一对应；用键盘可按 Tab 键逐个选中。',
  },
  en: {
    title: 'Service points',
    intro: 'Find rest stations for outdoor workers, driver homes, canteens, community dining and legal services near you.',
    viewsLabel: 'Show as',
    listView: 'List',
    mapView: 'Map',
    useMyLocation: 'Use my location',
    locating: 'Finding your location…',
    locationUsed: 'Sorted by distance from you',
    locationDenied: 'Location permission was not given. Choose your district below instead.',
    locationUnavailable: 'Your location is not available right now. Try again later or choose your district below.',
    locationNote: 'Your location is only used for this search, to about 100 m, and never stored.',
    sortedByDistance: 'Nearest first',
    sortedInDistrict: (district) => `Service points in ${district}`,
    chooseDistrict: 'Choose a district to see its service points.',
    district: 'District',
    anyDistrict: 'Choose…',
    filters: 'Filters',
    type: 'Type',
    allTypes: 'All types',
    amenities: 'Amenities needed',
    openNow: 'Open now',
    applyFilters: 'Filter',
    resultsHeading: 'Service points',
    resultsShown: (n) => `Showing ${n} service ${n === 1 ? 'point' : 'points'}`,
    noResults: 'No service point nearby matches. Try fewer filters.',
    loadMore: 'Load more',
    loadingMore: 'Loading more…',
    moreLoaded: (n) => `${n} more service ${n === 1 ? 'point' : 'points'} loaded`,
    openState: { open: 'Open now', closed: 'Closed now', temporarilyClosed: 'Temporarily closed' },
    distance: (d) => `${d} away`,
    viewDetail: (name) => `Details: ${name}`,
    backToList: 'Back to the list',
    address: 'Address',
    openingHours: 'Opening hours',
    open24h: 'Open 24 hours',
    closedDay: 'Closed',
    closures: 'Closures',
    closure: (from, to, reason) => `${from} to ${to}: ${reason}`,
    amenityList: 'Amenities',
    mealOffers: 'Discounted meals',
    mealWindows: (windows) => `Served ${windows}`,
    call: (phone) => `Call ${phone}`,
    navigate: 'Get directions',
    navigateWith: { amap: 'Directions in Amap', baidu: 'Directions in Baidu Maps', system: 'Directions in your phone’s map app' },
    navigateHint: 'This leaves the page and opens the map you choose.',
    mapLabel: 'Map of service points',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    mapLoading: 'Loading the map…',
    mapFailed: 'The map did not load. Try again, or use the list.',
    noTiles: 'No base map is shown; the service points are still marked.',
    mapMarker: (name, type) => `${name} (${type}), show details`,
    yourPosition: 'Your position',
    mapListNote: 'Each dot on the map is a point of the list; with a keyboard, Tab moves from one to the next.',
  },
};
