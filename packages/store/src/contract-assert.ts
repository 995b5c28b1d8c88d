import { expect } from 'vitest';
import { StoreError, type StoreErrorCode } from './errors';

/**
 * Asserts that `promise` rejects with a StoreError of the given code.
 *
 * @param promise - The store call.
 * @param code - The expected error code.
 */
export async function expectStoreError(
  promise: Promise<unknown>,
  code: StoreErrorCode,
): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a StoreError').toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe(code);
}
