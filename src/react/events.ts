/** The event types of the React wrappers: the package's own (see src/events.ts). */
export type {
  BrazeErrorDetail,
  BrazeErrorEvent,
  BrazeLoadDetail,
  BrazeLoadEvent,
  BrazePointSelectDetail,
  BrazePointSelectEvent,
} from '../events.js';
