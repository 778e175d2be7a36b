/**
 * Vietnamese vowels and their five marked tones (grave, acute, hook above, tilde, dot below), lowercase and
 * precomposed (NFC). Index 0 is the unmarked vowel; 1–5 follow the order of the Vietnamese alphabet
 * (huyền, sắc, hỏi, ngã, nặng).
 */
export const TONED_VOWELS: Readonly<Record<string, string>> = {
  a: 'aàáảãạ',
  ă: 'ăằắẳẵặ',
  â: 'âầấẩẫậ',
  e: 'eèéẻẽẹ',
  ê: 'êềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọ',
  ô: 'ôồốổỗộ',
  ơ: 'ơờớởỡợ',
  u: 'uùúủũụ',
  ư: 'ưừứửữự',
  y: 'yỳýỷỹỵ',
};

/** A toned or plain vowel → [base vowel, tone 0–5]. */
export const VOWEL_TONE: ReadonlyMap<string, readonly [string, number]> = new Map(
  Object.entries(TONED_VOWELS).flatMap(([base, row]) =>
    [...row].map((ch, tone) => [ch, [base, tone] as const] as const),
  ),
);

/** The vowel `base` carrying `tone` (0 = unmarked). */
export function withTone(base: string, tone: number): string {
  const row = TONED_VOWELS[base];
  if (row === undefined) throw new RangeError(`not a Vietnamese vowel: ${base}`);
  return row[tone] ?? base;
}
