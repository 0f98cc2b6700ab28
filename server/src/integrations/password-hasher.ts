import argon2 from 'argon2';

export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (hash: string, password: string) => Promise<boolean>;
};

/**
 * Argon2id through the maintained `argon2` binding. The defaults are OWASP's minimum for
 * argon2id (19 MiB, 2 iterations, 1 lane); tests pass cheaper costs to stay fast, never a fake.
 */
export function createPasswordHasher(
  cost: { memoryCost?: number; timeCost?: number } = {},
): PasswordHasher {
  const options: Parameters<typeof argon2.hash>[1] = {
    type: argon2.argon2id,
    memoryCost: cost.memoryCost ?? 19_456,
    timeCost: cost.timeCost ?? 2,
    parallelism: 1,
  };
  return {
    hash: (password) => argon2.hash(password, options),
    async verify(hash, password) {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
  };
}
