/**
 * Navigation links that start a cycling route to a service point, each in the coordinate system its
 * map app expects. Points are stored in WGS-84; Amap (高德) wants GCJ-02, Baidu BD-09, Apple Maps in
 * mainland China GCJ-02 (its map data there is AutoNavi's), and a `geo:` URI (RFC 5870) WGS-84. The
 * conversions are gcoord's, not hand-written offsets; gcoord is its own chunk, loaded the first time a
 * detail opens (`loadConversions`), like Leaflet with the map, so a page that only lists points never
 * downloads it.
 *
 * - Amap: `uri.amap.com/navigation` with `mode=ride`; without `from` the app starts from where the
 *   phone is, so the worker's position is not written into the link.
 * - Baidu: `api.map.baidu.com/direction` with `mode=riding`. Baidu needs an origin: the rounded position
 *   the list is sorted by when there is one, else "我的位置" for the app to fill in.
 * - The system app: Apple Maps directions on iOS (`daddr` + `dirflg`; its URL scheme has no cycling flag,
 *   `w` keeps a rider off motorways); elsewhere a `geo:` URI, the one link every Android map app opens
 *   (it shows the point; Android has no app-neutral route intent).
 */
import type { GeoPoint } from '@unionkit/sdk/types';
import type { MapDestination } from '../internal/controllers/open-url.js';

type Gcoord = typeof import('gcoord').default;

export type NavigationApp = 'amap' | 'baidu' | 'system';

export interface NavigationLink {
  app: NavigationApp;
  href: string;
  /** The destination written into `href`, in that app's system. */
  point: GeoPoint;
}

export interface NavigationOptions {
  /** Where the route starts (WGS-84, already rounded), when the widget knows it. */
  origin?: GeoPoint | undefined;
  /** Which system map app the device has; defaults to what the browser says. */
  platform?: 'ios' | 'other';
}

/** The `src` the map apps ask callers to name themselves with. */
const SOURCE = 'unionkit.service-map';

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

let gcoord: Gcoord | undefined;
let loading: Promise<void> | undefined;

/** Loads gcoord once, for `navigationLinks`. A failed load (offline) may be tried again. */
export function loadConversions(): Promise<void> {
  loading ??= import('gcoord').then(
    (m) => {
      gcoord = m.default;
    },
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

/** `point` (WGS-84) in GCJ-02 or BD-09 (gcoord loaded). */
function convert(g: Gcoord, point: GeoPoint, to: 'GCJ02' | 'BD09'): GeoPoint {
  const [lng, lat] = g.transform([point.lng, point.lat], g.WGS84, to === 'GCJ02' ? g.GCJ02 : g.BD09);
  return { lat: round6(lat), lng: round6(lng) };
}

/** A point's coordinates in every system a map app wants (gcoord loaded), for `union-open-url`. */
export function mapDestination(name: string, address: string, location: GeoPoint): MapDestination | undefined {
  if (!gcoord) return undefined;
  return {
    wgs84: { lat: round6(location.lat), lng: round6(location.lng) },
    gcj02: convert(gcoord, location, 'GCJ02'),
    bd09: convert(gcoord, location, 'BD09'),
    name,
    address,
  };
}

/** Whether this browser runs on iOS or iPadOS (which reports itself as a Mac with touch). */
function isAppleMobile(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
}

/** The three route links to a point named `name` at `location` (WGS-84); none until `loadConversions()` has. */
export function navigationLinks(name: string, location: GeoPoint, options: NavigationOptions = {}): NavigationLink[] {
  if (!gcoord) return [];
  const title = encodeURIComponent(name);
  const gcj = convert(gcoord, location, 'GCJ02');
  const bd = convert(gcoord, location, 'BD09');
  const wgs = { lat: round6(location.lat), lng: round6(location.lng) };
  const from = options.origin ? convert(gcoord, options.origin, 'BD09') : undefined;
  const baiduOrigin = encodeURIComponent(from ? `latlng:${from.lat},${from.lng}|name:我的位置` : '我的位置');
  const ios = (options.platform ?? (isAppleMobile() ? 'ios' : 'other')) === 'ios';
  return [
    {
      app: 'amap',
      point: gcj,
      href: `https://uri.amap.com/navigation?to=${gcj.lng},${gcj.lat},${title}&mode=ride&coordinate=gaode&callnative=1&src=${SOURCE}`,
    },
    {
      app: 'baidu',
      point: bd,
      href:
        `https://api.map.baidu.com/direction?origin=${baiduOrigin}` +
        `&destination=${encodeURIComponent(`latlng:${bd.lat},${bd.lng}|name:${name}`)}` +
        `&mode=riding&region=${encodeURIComponent('上海')}&coord_type=bd09ll&output=html&src=webapp.${SOURCE}`,
    },
    ios
      ? {
          app: 'system',
          point: gcj,
          href: `https://maps.apple.com/?daddr=${gcj.lat},${gcj.lng}&q=${title}&dirflg=w`,
        }
      : {
          app: 'system',
          point: wgs,
          href: `geo:${wgs.lat},${wgs.lng}?q=${wgs.lat},${wgs.lng}(${title})`,
        },
  ];
}
