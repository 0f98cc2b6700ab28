import { createPasswordHasher } from '../../../server/src/integrations/password-hasher.ts';

/** Real argon2id at the smallest cost, so a suite can create hundreds of accounts quickly. */
export const testHasher = createPasswordHasher({ memoryCost: 1024, timeCost: 1 });
