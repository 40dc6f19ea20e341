/** CDN entry `dist/cdn/locale-de.js`: registers the German locale pack; a file of its own, with no imports. */
export * from '../locales/de.js';
