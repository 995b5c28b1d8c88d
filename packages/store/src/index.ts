export * from './repository';
export { StoreError, StoreLockedError, type StoreErrorCode } from './errors';
export { openStore, type StoreOptions } from './open-store';
export { isUuid } from './checks';
