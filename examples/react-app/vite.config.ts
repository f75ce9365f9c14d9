import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm start` (server.mjs) runs this app with the sandbox and the partner back end behind `/api`.
export default defineConfig({
  plugins: [react()],
});
