/**
 * Entry of the union's hosted page (`hosted.html`; the hosted build, `dist/hosted/`, loads nothing
 * else up front). See `./start.ts`.
 */
import { startHosted } from './start.js';

void startHosted();
