import { createApp } from 'vue';
import 'braze-charts';
import App from './App.vue';

createApp(App).mount('#app');
