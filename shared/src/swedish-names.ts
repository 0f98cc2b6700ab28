/**
 * Swedish genitive of a name: an s, except after s, x and z ("Arjeplogs", "Gällivares",
 * "Kalix", "Silvervägens Livs").
 */
export function genitiveOf(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/**
 * A municipality as it names itself: "Arjeplogs kommun", but "Gällivare kommun", "Kalix
 * kommun" — the genitive s only after a consonant other than s, x and z, as the official
 * names of all of Norrbotten's municipalities have it.
 */
export function municipalityOfficialNameOf(name: string): string {
  return /[^aeiouyåäös xz]$/i.test(name) ? `${name}s kommun` : `${name} kommun`;
}
