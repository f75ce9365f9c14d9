import { createApp } from 'vue';
// Registers <union-provider> and <union-membership-join> (only these two are loaded).
import '@unionkit/widgets/provider.js';
import '@unionkit/widgets/membership-join.js';
import App from './App.vue';

createApp(App).mount('#app');
