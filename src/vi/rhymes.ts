/**
 * The rhymes (vần) of Vietnamese as written, and where each one carries the tone mark. This table is the single
 * source of truth for tone placement: the parser, the fast path of the normaliser and the generated test vectors
 * all read it. tests/vi/placement-table.test.ts checks every row against the three rules of the standard and
 * against hand-verified examples.
 *
 * Each row is `rhyme:position` or `rhyme:old/new`: the index (in letters, from 0) of the vowel that carries the
 * tone, in old style ("hòa", "thủy", the style of most news sites) and in new style (Quy định chính tả,
 * QĐ 1989/QĐ-BGDĐT 2018: "hoà", "thuỷ"). The two styles differ only in the open rhymes oa, oe, uy.
 *
 * The rules behind the positions (QĐ 1989/QĐ-BGDĐT, Điều 8; the old style differs only in rule 3):
 * 1. A vowel with a vowel mark (ă â ê ô ơ ư) takes the tone; of ươ, the ơ ("người", "được"); ưa, ưu, ưi take it
 *    on ư ("lửa", "cứu", "gửi").
 * 2. Otherwise, with a final consonant the last vowel takes it ("hoàn", "toán", "huýt", "xoóng").
 * 3. Otherwise (open rhyme): one vowel takes it; of three, the middle one ("ngoài", "khuỷu"); of two, the first
 *    ("mái", "bìa", "lụa", "kêu" … ), except that new style marks the second of oa, oe, uy ("hoà", "khoẻ", "thuỷ").
 */

/** Where a rhyme may follow which onset (spelling rules are applied on top in syllable.ts). */
export type RhymeKind =
  /** No medial: after any onset the spelling rules allow (and after qu, gi). */
  | 'plain'
  /** Medial o or u written in the rhyme (oa, oe, uy, uê, uâ, uơ …): not after labials, c/k, gh, ngh, gi, qu. */
  | 'medial'
  /** Only after qu, whose u is the medial (quynh, quých, quýt). */
  | 'qu'
  /** Only after gi, which swallows the i of iê (giếc, giếng). */
  | 'gi';

/** One row of the table. */
export interface Rhyme {
  readonly rhyme: string;
  readonly kind: RhymeKind;
  /** Index of the vowel that carries the tone in old style. */
  readonly old: number;
  /** Index of the vowel that carries the tone in new style (QĐ 1989/QĐ-BGDĐT). */
  readonly new: number;
}

const TABLE: Readonly<Record<RhymeKind, string>> = {
  plain: `
    a:0 e:0 ê:0 i:0 y:0 o:0 ô:0 ơ:0 u:0 ư:0
    ia:0 ua:0 ưa:0
    ai:0 ao:0 au:0 ay:0 âu:0 ây:0 eo:0 êu:0 iu:0 oi:0 ôi:0 ơi:0 ui:0 ưi:0 ưu:0
    iêu:1 yêu:1 uôi:1 ươi:1 ươu:1
    ac:0 ach:0 am:0 an:0 ang:0 anh:0 ap:0 at:0
    ăc:0 ăm:0 ăn:0 ăng:0 ăp:0 ăt:0
    âc:0 âm:0 ân:0 âng:0 âp:0 ât:0
    ec:0 em:0 en:0 eng:0 ep:0 et:0
    êch:0 êm:0 ên:0 ênh:0 êp:0 êt:0
    ich:0 im:0 in:0 inh:0 ip:0 it:0
    oc:0 om:0 on:0 ong:0 op:0 ot:0 ooc:1 oong:1
    ôc:0 ôm:0 ôn:0 ông:0 ôp:0 ôt:0
    ơm:0 ơn:0 ơp:0 ơt:0
    uc:0 um:0 un:0 ung:0 up:0 ut:0
    ưc:0 ưm:0 ưng:0 ưt:0
    iêc:1 iêm:1 iên:1 iêng:1 iêp:1 iêt:1
    yêm:1 yên:1 yêng:1 yêt:1
    uôc:1 uôm:1 uôn:1 uông:1 uôt:1
    ươc:1 ươm:1 ươn:1 ương:1 ươp:1 ươt:1`,
  medial: `
    oa:0/1 oe:0/1 uy:0/1
    oai:1 oay:1 oeo:1 uya:1 uyu:1 uây:1
    uê:1 uơ:1
    oac:1 oach:1 oam:1 oan:1 oang:1 oanh:1 oap:1 oat:1
    oăc:1 oăm:1 oăn:1 oăng:1 oăt:1
    oen:1 oet:1
    uân:1 uâng:1 uât:1 uêch:1 uênh:1
    uych:1 uynh:1 uyt:1
    uyên:2 uyêt:2`,
  qu: `ych:0 ynh:0 yt:0`,
  gi: `êc:0 êng:0`,
};

function parseTable(): Rhyme[] {
  const rows: Rhyme[] = [];
  for (const kind of Object.keys(TABLE) as RhymeKind[]) {
    for (const cell of TABLE[kind].split(/\s+/u)) {
      if (cell === '') continue;
      const [rhyme = '', positions = ''] = cell.split(':');
      const [old = '', nu = old] = positions.split('/');
      rows.push({ rhyme, kind, old: Number(old), new: Number(nu) });
    }
  }
  return rows;
}

/** Every rhyme of the table, in table order. */
export const RHYMES: readonly Rhyme[] = parseTable();

/** Rhyme text → row. */
export const RHYME_BY_TEXT: ReadonlyMap<string, Rhyme> = new Map(RHYMES.map((r) => [r.rhyme, r]));

/** The twelve vowel letters (lowercase, without tone). */
export const VOWELS = 'aăâeêioôơuưy';

/** Final consonants; syllables ending in a stop (c, ch, p, t) take only the sắc or nặng tone. */
export const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);
