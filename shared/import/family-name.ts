/**
 * A first guess at a person's family name, for the alphabetical index; the user can correct it.
 *   1. "Family, Given" (a comma): the part before the comma.
 *   2. UN list-of-participants style, family name in capitals ("António GUTERRES",
 *      "Jean DE LA CROIX"): the first run of all-capital words, when not every word is in capitals.
 *   3. Delegations whose names put the family name first (Viet Nam, China, the two Koreas):
 *      the first word ("Nguyễn Văn An" -> "Nguyễn").
 *   4. Otherwise the last word.
 */
const FAMILY_NAME_FIRST = new Set(['VNM', 'CHN', 'KOR', 'PRK']);

function isCapitalWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 &&
    /^[\p{L}\p{M}'’-]+$/u.test(word) &&
    word === word.toLocaleUpperCase('en') &&
    word !== word.toLocaleLowerCase('en')
  );
}

export function deriveFamilyName(name: string, iso3: string | null): string {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  if (comma > 0) return trimmed.slice(0, comma).trim();
  const words = trimmed.split(/\s+/).filter((w) => w !== '');
  if (words.length <= 1) return trimmed;
  const caps = words.map(isCapitalWord);
  if (caps.some(Boolean) && !caps.every(Boolean)) {
    const first = caps.indexOf(true);
    let end = first;
    while (end < words.length && caps[end]) end++;
    return words.slice(first, end).join(' ');
  }
  if (iso3 !== null && FAMILY_NAME_FIRST.has(iso3)) return words[0]!;
  return words[words.length - 1]!;
}
