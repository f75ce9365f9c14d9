/**
 * The heavy half of uploads, in a chunk of its own that `UploadController` loads the first time a
 * file is picked: preparing a photo on the device, and the SDK's `Files` resource with its schemas.
 * So a widget may hold an `UploadController` up front (the list must outlive its parts) without every
 * page that shows it paying for the upload code.
 */
import { Files, type UnionCore } from '@unionkit/sdk';
import { use } from '../api.js';

export { prepareImage } from './prepare.js';

/** `client.files.upload()` through the one `Files` resource of this client. */
export function uploadFile(client: UnionCore, ...args: Parameters<Files['upload']>): ReturnType<Files['upload']> {
  return use(client, Files).upload(...args);
}
