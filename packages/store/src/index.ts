export * from './repository';
export { StoreError, StoreLockedError, type StoreErrorCode } from './errors';
