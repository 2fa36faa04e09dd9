export * from './primitives';
export * from './entities';
export * from './collections';
