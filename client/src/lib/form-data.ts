/** A text field's value; a missing field reads as '' so validation, not a crash, handles it. */
export function readText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Several text fields at once, keyed by their names (which are the API's field paths). */
export function readTexts<Name extends string>(
  formData: FormData,
  names: readonly Name[],
): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, readText(formData, name)])) as Record<
    Name,
    string
  >;
}

/** '' means "not given" for optional fields the API wants as null or absent. */
export function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function readFile(formData: FormData, name: string): File | null {
  const value = formData.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}
