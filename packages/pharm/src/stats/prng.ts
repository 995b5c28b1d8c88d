/** A seeded pseudo-random source. */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

/**
 * Deterministic PRNG: mulberry32 (a 32-bit generator by Tommy Ettinger, public domain) for
 * uniforms and the Box-Muller transform for normals. Same seed, same sequence, on every platform.
 *
 * @param seed - Any integer (taken modulo 2^32).
 * @returns The generator.
 * @example
 * const r = createRandom(42); r.uniform() //=> 0.6011037519201636
 */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  let spare = Number.NaN;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    const u1 = 1 - uniform();
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
  return { uniform, normal };
}
