import type { ListResponse } from '@e-galleria/shared/lists';

/**
 * A value already written as JSON text, typed by what the text holds: a public read sends it
 * as it is instead of parsing and writing it again (decision 0066). Whoever makes one
 * answers for the text being that value's JSON; a test holds each maker to it.
 */
export class JsonText<Value> {
  /** Never set: the type of the value the text holds. */
  declare readonly value?: Value;

  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }
}

/** A list answer (`{ items, nextCursor }`) of items already written as JSON text. */
export function listJsonText<Item>(
  items: readonly JsonText<Item>[],
  nextCursor: string | null,
): JsonText<ListResponse<Item>> {
  return new JsonText(
    `{"items":[${items.map((item) => item.text).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`,
  );
}
