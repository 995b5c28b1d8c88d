export {};
export * from './scoring';
