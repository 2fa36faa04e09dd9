export * from './props';
export * from './seats';
export * from './geometry';
export * from './messages';
export * from './validation';
export * from './commands';
