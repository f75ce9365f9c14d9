/**
 * Uploads with progress. `fetch` reports no upload progress, so where the platform has
 * `XMLHttpRequest` (browsers, webviews) an upload goes through it, wrapped to look like one `fetch`
 * call: the same headers, the same abort signal, a `Response` back — so the client's retries,
 * idempotency key, timeout and errors stay exactly those of every other request. Elsewhere (Node, a
 * custom `fetch`) the upload is a plain `fetch` and progress is coarse: nothing, then all of it.
 */

/** How far an upload is: bytes of the request body sent so far, of `total`. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export type UploadProgressListener = (progress: UploadProgress) => void;

/** Headers from `getAllResponseHeaders()` text. */
function parseHeaders(text: string): Headers {
  const headers = new Headers();
  for (const line of text.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` over `XMLHttpRequest` that reports upload progress. Rejects like `fetch`: a `TypeError`
 * for a network failure, the signal's reason (an `AbortError` DOMException by default) when aborted.
 */
export function xhrFetch(url: string, init: RequestInit, onProgress: UploadProgressListener): Promise<Response> {
  return new Promise((resolve, reject) => {
    const signal = init.signal;
    const abortReason = () => signal?.reason ?? new DOMException('The upload was aborted.', 'AbortError');
    if (signal?.aborted) {
      reject(abortReason());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url);
    xhr.responseType = 'text';
    new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort);
    const done = () => signal?.removeEventListener('abort', onAbort);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    });
    xhr.addEventListener('load', () => {
      done();
      // A status of 0 is a response the browser would not let the page read (CORS): a network error.
      if (xhr.status === 0) {
        reject(new TypeError('Network request failed.'));
        return;
      }
      const body = xhr.status === 204 || xhr.status === 304 ? null : xhr.responseText;
      resolve(new Response(body, { status: xhr.status, statusText: xhr.statusText, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
    });
    xhr.addEventListener('error', () => {
      done();
      reject(new TypeError('Network request failed.'));
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(abortReason());
    });
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });
}
