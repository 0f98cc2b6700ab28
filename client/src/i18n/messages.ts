import type { sv } from './sv.ts';

/** The shape of a translation: sv's keys exactly, any wording. */
type Translation<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? string : Translation<Source[Key]>;
};
export type Messages = Translation<typeof sv>;
