import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `npm start` (server.mjs) runs this app with the sandbox and the partner back end behind `/api`.
export default defineConfig({
  plugins: [
    vue({
      // The UnionKit tags are custom elements, not Vue components: Vue sets their props as properties
      // and listens to their events (`@union-ready` → `union-ready`).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('union-') } },
    }),
  ],
});
