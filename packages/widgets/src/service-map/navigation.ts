/**
 * Navigation links to a service point, each in the coordinate system its map app expects. Points are
 * stored in WGS-84; Amap (高德) wants GCJ-02, Baidu wants BD-09, the system map app (`geo:` URI, RFC
 * 5870) WGS-84. The conversion is gcoord's, not hand-written offsets.
 */
import type { GeoPoint } from '@unionkit/sdk/types';
import gcoord from 'gcoord';

export type NavigationApp = 'amap' | 'baidu' | 'system';

export interface NavigationLink {
  app: NavigationApp;
  href: string;
  /** The coordinates written into `href`, in that app's system. */
  point: GeoPoint;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** `point` (WGS-84) in GCJ-02 or BD-09. */
export function convert(point: GeoPoint, to: 'GCJ02' | 'BD09'): GeoPoint {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, to === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09);
  return { lat: round6(lat), lng: round6(lng) };
}

/** The three links for a point named `name` at `location` (WGS-84). */
export function navigationLinks(name: string, location: GeoPoint): NavigationLink[] {
  const title = encodeURIComponent(name);
  const gcj = convert(location, 'GCJ02');
  const bd = convert(location, 'BD09');
  const wgs = { lat: round6(location.lat), lng: round6(location.lng) };
  return [
    {
      app: 'amap',
      point: gcj,
      href: `https://uri.amap.com/marker?position=${gcj.lng},${gcj.lat}&name=${title}&coordinate=gaode&callnative=1`,
    },
    {
      app: 'baidu',
      point: bd,
      href: `https://api.map.baidu.com/marker?location=${bd.lat},${bd.lng}&title=${title}&output=html&coord_type=bd09ll`,
    },
    {
      app: 'system',
      point: wgs,
      href: `geo:${wgs.lat},${wgs.lng}?q=${wgs.lat},${wgs.lng}(${title})`,
    },
  ];
}
