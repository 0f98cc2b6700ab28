import { v7 as uuidv7 } from 'uuid';

/** Time-ordered UUIDs: unguessable in URLs, yet index-friendly like a sequence. */
export function newId(): string {
  return uuidv7();
}
