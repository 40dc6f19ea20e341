/** CDN entry `dist/cdn/locale-fr.js`: registers the French locale pack; a file of its own, with no imports. */
export * from '../locales/fr.js';
