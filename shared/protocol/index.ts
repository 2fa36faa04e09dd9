export * from './rules';
export * from './precedence';
export * from './lot';
export * from './host';
export * from './diff';
export { protocolMessages } from './messages';
