/**
 * The file picker's and uploads' words, zh-CN first (the en table is a chunk of its own, fetched the
 * first time a widget with uploads speaks English). Error messages come from the shared `t.errors`.
 */
import { localStrings } from '../localize/local.js';

export interface UploadStrings {
  /** The button that opens the camera on a phone. */
  takePhoto: string;
  /** The button that picks photos or PDFs already on the device. */
  chooseFiles: string;
  /** Under the picker: what may be sent, and that the location is removed. */
  hint: (maxFiles: number) => string;
  /** The list's accessible name. */
  listLabel: string;
  preparing: string;
  uploading: (percent: number) => string;
  /** The `<progress>`'s accessible name. */
  progressLabel: (name: string) => string;
  done: string;
  failed: string;
  retry: string;
  /** The retry button's accessible name (it starts with the button's visible words). */
  retryLabel: (name: string) => string;
  remove: string;
  /** The remove button's accessible name (it starts with the button's visible words). */
  removeLabel: (name: string) => string;
  /** Announced (aria-live) as a file's state changes. */
  announceAdded: (name: string) => string;
  announceDone: (name: string) => string;
  announceFailed: (name: string, why: string) => string;
  announceRemoved: (name: string) => string;
  /** A pick that would go past the limit. */
  tooMany: (maxFiles: number) => string;
  /** Shown for a PDF, instead of a thumbnail. */
  pdf: string;
}

export const uploadStrings = localStrings<UploadStrings>(
  'upload',
  {
    takePhoto: '拍照上传',
    chooseFiles: '选择照片或 PDF',
    hint: (n) => `最多 ${n} 个文件，支持 JPG、PNG、WebP 照片和 PDF，每个不超过 10 MB。照片会在手机上压缩，并去掉拍摄地点等信息后再上传。`,
    listLabel: '已选文件',
    preparing: '正在压缩…',
    uploading: (p) => `正在上传（${p}%）`,
    progressLabel: (name) => `${name} 上传进度`,
    done: '已上传',
    failed: '上传失败',
    retry: '重试',
    retryLabel: (name) => `重试 ${name}`,
    remove: '移除',
    removeLabel: (name) => `移除 ${name}`,
    announceAdded: (name) => `正在上传 ${name}。`,
    announceDone: (name) => `${name} 已上传。`,
    announceFailed: (name, why) => `${name} 上传失败：${why}`,
    announceRemoved: (name) => `已移除 ${name}。`,
    tooMany: (n) => `最多只能上传 ${n} 个文件，请先移除一些。`,
    pdf: 'PDF',
  },
  () => import('./strings.en.js'),
);
