/** The API's base URL (the sandbox's, set by server.mjs) and a fresh widget-session token from our back end. */
export const apiBaseUrl: string = import.meta.env.VITE_UNIONKIT_API_BASE ?? 'http://localhost:4010/v1';

/** Asks the platform's back end for a client token (`wst_…`); the secret key never reaches the page. */
export async function fetchToken(): Promise<string> {
  const response = await fetch('/api/union/session', { method: 'POST' });
  if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
  const { clientToken } = (await response.json()) as { clientToken: string };
  return clientToken;
}
