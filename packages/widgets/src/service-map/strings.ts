/** `<union-service-map>`'s own words, zh-CN first. Shared words, enum labels and errors come from `this.t`. */
import { localStrings } from '../internal/localize/local.js';
import type { WidgetEnums } from '../internal/localize/translation.js';
import type { ResultsStrings } from '../internal/views/list.js';

export interface ServiceMapStrings extends ResultsStrings {
  /** Labels of the contract's enums that only this widget shows. */
  enums: Pick<WidgetEnums, 'servicePointType' | 'servicePointStatus' | 'amenity' | 'weekday'>;
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
  /** How many filters of a disclosure are set, after its label; '' when none. */
  activeCount: (n: number) => string;
  openNow: string;
  applyFilters: string;
  openState: { open: string; closed: string; temporarilyClosed: string };
  distance: (d: string) => string;
  mapLoading: string;
}

export const serviceMapStrings = localStrings<ServiceMapStrings>(
  'serviceMap',
  {
    title: '服务阵地',
    intro: '查找附近的户外职工爱心接力站、司机之家、职工食堂、社区食堂和法律服务点。',
    backToList: '返回列表',
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
    activeCount: (n) => (n ? `（已选 ${n} 项）` : ''),
    openNow: '现在营业',
    applyFilters: '筛选',
    resultsHeading: '服务阵地列表',
    resultsShown: (n) => `已显示 ${n} 个服务阵地`,
    noResults: '附近没有符合条件的服务阵地，可以减少筛选条件再试。',
    updating: '正在更新结果，下面仍是上次的结果…',
    staleResults: '下面仍是上次的结果。',
    moreLoaded: (n) => `又加载了 ${n} 个服务阵地`,
    openState: { open: '营业中', closed: '休息中', temporarilyClosed: '暂停开放' },
    distance: (d) => `距您 ${d}`,
    viewDetail: (name) => `查看详情：${name}`,
    mapLoading: '正在加载地图…',
    enums: {
      servicePointType: {
        rest_station: '户外职工爱心接力站',
        driver_home: '司机之家',
        canteen: '职工食堂',
        community_dining: '社区食堂',
        mediation_room: '劳动争议调解室',
        legal_aid: '法律援助站',
        health_check: '健康体检点',
        fitness: '职工健身点',
        affordable_housing: '城市建设者之家／保障性租赁住房',
      },
      servicePointStatus: { operating: '正常开放', temporarily_closed: '暂停开放' },
      amenity: {
        air_conditioning: '空调',
        fridge: '冰箱',
        microwave: '微波炉',
        hot_water: '热水',
        phone_charging: '手机充电',
        ebike_charging: '电动车充电',
        seating: '休息座椅',
        toilet: '卫生间',
        wifi: '无线网络',
        first_aid: '急救药箱',
        blood_pressure_monitor: '血压计',
        shower: '淋浴',
        laundry: '洗衣',
        truck_parking: '货车停车',
        temporary_parking: '临时停车',
        ev_charging: '汽车充电桩',
        reading_corner: '阅读角',
      },
      weekday: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
    },
  },
  () => import('./strings.en.js'),
);
