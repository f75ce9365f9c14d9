/** What the store keeps of an uploaded file (`../domain/files.ts`). */
import type { FileContentType, FilePurpose } from '@unionkit/contract';

/** An uploaded file: its metadata only (`../domain/files.ts`); the bytes are never kept. */
export interface FileRecord {
  id: string;
  /** The uploading worker (`partnerId/workerRef`): the only worker who may see or reference it. */
  workerKey: string;
  partnerId: string;
  purpose: FilePurpose;
  contentType: FileContentType;
  size: number;
  createdAt: Date;
  name?: string;
}
