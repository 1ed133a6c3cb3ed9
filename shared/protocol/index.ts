export * from './version';
export * from './errors';
export * from './limits';
export * from './docName';
export * from './events';
export * from './schemas';
