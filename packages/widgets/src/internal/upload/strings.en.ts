/** The file picker's and uploads' words in English (a chunk of its own). */
import type { UploadStrings } from './strings.js';

export const en: UploadStrings = {
  takePhoto: 'Take a photo',
  chooseFiles: 'Choose photos or PDFs',
  hint: (n) =>
    `Up to ${n} files: JPG, PNG or WebP photos and PDFs, 10 MB each at most. Photos are compressed on your phone, and their location and other details removed, before they are sent.`,
  listLabel: 'Chosen files',
  preparing: 'Compressing…',
  uploading: (p) => `Uploading (${p}%)`,
  progressLabel: (name) => `Upload progress of ${name}`,
  done: 'Uploaded',
  failed: 'Upload failed',
  retry: 'Retry',
  retryLabel: (name) => `Retry ${name}`,
  remove: 'Remove',
  removeLabel: (name) => `Remove ${name}`,
  announceAdded: (name) => `Uploading ${name}.`,
  announceDone: (name) => `${name} uploaded.`,
  announceFailed: (name, why) => `${name} failed to upload: ${why}`,
  announceRemoved: (name) => `${name} removed.`,
  tooMany: (n) => `You can upload at most ${n} files. Please remove some first.`,
  pdf: 'PDF',
};
