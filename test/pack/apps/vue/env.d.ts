// GlobalComponents: typed props and events of the braze-* tags in templates (vue-tsc with strictTemplates).
import type {} from 'braze-charts/vue';
