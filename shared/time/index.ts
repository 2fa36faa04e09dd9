/** Event-local time (Temporal in the event's IANA zone): see zone.ts, and format.ts for how it reads. */
export * from './zone';
export * from './format';
