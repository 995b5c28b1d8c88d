import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id settings (OWASP 2024 minimum: m = 19 MiB, t = 2, p = 1). Memory-hard, so a stolen
 * database costs an attacker memory as well as time per guess.
 */
const options = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, unusable under verbatimModuleSyntax)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes a password with argon2id.
 *
 * @param password - The plain password.
 * @returns A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** A valid hash of a random string: verified against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash; with no hash, spends the same time and returns false.
 *
 * @param storedHash - The PHC string, or undefined for an unknown account.
 * @param password - The candidate password.
 * @returns Whether it matches.
 */
export async function verifyPassword(
  storedHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hashPassword(`no-such-account-${Math.random()}`);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
