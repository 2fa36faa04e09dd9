export * from './props';
export * from './seats';
