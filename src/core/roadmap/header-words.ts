/**
 * What a header cell's words say about its column: one of the five fields, or a column the
 * standard lacks (finance, participants, notes…), and for a deadline whether it is the start or the
 * end of a period. Words are compared as stems against the header's letters with spaces and
 * punctuation removed, so PDF-broken words («Сроки исполнени я», «ответственн ый») still match; the
 * stem found earliest in the header wins («Наименование показателя» names, «Форма отчётности» is a
 * result). Header words are only half of the evidence: what stands below a column decides where its
 * header is blank, unknown or misleading (column-content.ts).
 */
import type { Field } from '../findings';
import type { Profile } from '../profile/schema';
import { compact, normalize } from '../text';

/** A column the standard lacks: it stays unmapped and never trips a rule. */
export type HeaderClass = Field | 'extra';

export interface HeaderEvidence {
  field: HeaderClass;
  /** `weak` words name the field only where no column names it strongly («Соисполнители», «Индикаторы»). */
  strength: 'strong' | 'weak';
  /** A deadline's start or end («Дата начала», «окончание»). */
  role?: 'start' | 'end';
}

type Stems = ReadonlyArray<readonly [string, HeaderClass, 'strong' | 'weak']>;

/** Stems this short match only at the start of a word. */
const SHORT_STEM = 4;

/** Longer headers are prose (an order's preamble), not column headers. */
const MAX_HEADER_LENGTH = 160;

const STEMS: Stems = [
  // Which one: a code numbers events only where no «№» does («Код мероприятия» is no name).
  ['код', 'number', 'weak'],
  // What is done.
  ['наименован', 'name', 'strong'],
  ['мероприят', 'name', 'strong'],
  ['содержан', 'name', 'strong'],
  ['перечень', 'name', 'strong'],
  ['названи', 'name', 'strong'],
  ['видработ', 'name', 'strong'],
  ['видыработ', 'name', 'strong'],
  ['направлен', 'name', 'strong'],
  ['действи', 'name', 'weak'],
  ['тема', 'name', 'weak'],
  ['описани', 'name', 'weak'],
  ['задач', 'name', 'weak'],
  ['мероп', 'name', 'strong'],
  // When.
  ['срок', 'deadline', 'strong'],
  ['дата', 'deadline', 'strong'],
  ['период', 'deadline', 'strong'],
  ['времяпровед', 'deadline', 'strong'],
  ['когда', 'deadline', 'strong'],
  ['график', 'deadline', 'strong'],
  ['месяц', 'deadline', 'weak'],
  ['календар', 'deadline', 'weak'],
  // Who.
  ['ответствен', 'responsible', 'strong'],
  ['исполнител', 'responsible', 'strong'],
  ['координатор', 'responsible', 'strong'],
  ['куратор', 'responsible', 'strong'],
  ['ктоотвеча', 'responsible', 'strong'],
  ['ктопровод', 'responsible', 'strong'],
  ['ктовыполня', 'responsible', 'strong'],
  ['организатор', 'responsible', 'weak'],
  ['соисполнител', 'responsible', 'weak'],
  ['кто', 'responsible', 'weak'],
  // What comes out of it.
  ['результат', 'result', 'strong'],
  ['итогов', 'result', 'strong'],
  ['итог', 'result', 'strong'],
  ['продукт', 'result', 'strong'],
  ['информацияобисполн', 'result', 'strong'],
  ['отметк', 'result', 'strong'],
  ['исполнено', 'result', 'strong'],
  ['формазаверш', 'result', 'strong'],
  ['формапредставлен', 'result', 'strong'],
  ['формаотчет', 'result', 'strong'],
  ['отчетн', 'result', 'strong'],
  ['эффект', 'result', 'strong'],
  ['выходн', 'result', 'strong'],
  ['показател', 'result', 'weak'],
  ['индикатор', 'result', 'weak'],
  ['документ', 'result', 'weak'],
  // Columns the standard lacks.
  ['финансир', 'extra', 'strong'],
  ['объемфинанс', 'extra', 'strong'],
  ['источник', 'extra', 'strong'],
  ['бюджет', 'extra', 'strong'],
  ['руб', 'extra', 'strong'],
  ['стоимост', 'extra', 'strong'],
  ['затрат', 'extra', 'strong'],
  ['участник', 'extra', 'strong'],
  ['целевагрупп', 'extra', 'strong'],
  ['целеваяаудитор', 'extra', 'strong'],
  ['охват', 'extra', 'strong'],
  // A count of something («Кол-во мероприятий», «Количество участников») is a figure, not its name.
  ['количеств', 'extra', 'strong'],
  ['колво', 'extra', 'strong'],
  ['контингент', 'extra', 'strong'],
  ['примечан', 'extra', 'strong'],
  ['комментар', 'extra', 'strong'],
  ['привлекаем', 'extra', 'strong'],
  ['силыисредства', 'extra', 'strong'],
  ['местопровед', 'extra', 'strong'],
];

/**
 * Abbreviations a table narrowed to print keeps («Наим. мер-тия», «Отв.», «Рез-т», «Отм. о вып.», «Прим.»): whole
 * words only, so «Примерный срок» is a deadline and «Резерв» no result.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly [HeaderClass, 'strong' | 'weak']>> = {
  наим: ['name', 'strong'],
  наимен: ['name', 'strong'],
  мер: ['name', 'weak'],
  отв: ['responsible', 'strong'],
  ответств: ['responsible', 'strong'],
  исп: ['responsible', 'weak'],
  рез: ['result', 'strong'],
  отм: ['result', 'strong'],
  прим: ['extra', 'strong'],
};

/** «№», «N», «No», «№№ п/п», «N п/п», «п/п», «пп», «Номер…», «#», «p/p»: a number column, whatever follows the sign. */
const NUMBER_SIGN = /^(№|#|n[o°º]?(?![a-zа-я])|n(?=п\/?п|p\/?p)|номер|п\/?п(?![a-zа-я])|пп(?![a-zа-я])|п\.п\.?|p\/p)/;

const START = /(начал|старт|^с$|^от$|^с\.?$)/;
const ROLE_ONLY = /^(начало|окончание|завершение|старт|с|от|по|до)[.:]?$/;
const END = /(оконч|заверш|^по$|^до$)/;

/** The stems of a check: the built-in ones and the profile's own header words, made once per check. */
export interface HeaderWords {
  stems: Stems;
  /** The stems folded as transliterated headers are (see `fold`). */
  foldedStems: Stems;
  /** The profile's header words of the number field (a region's «Код»), compacted: whole headers only. */
  numberWords: readonly string[];
}

export function headerWordsOf(profile: Profile): HeaderWords {
  const own: Array<readonly [string, HeaderClass, 'strong']> = [];
  for (const field of ['name', 'deadline', 'responsible', 'result'] as const) {
    for (const words of profile.fields[field].headers) {
      const stem = compact(words);
      if (stem) own.push([stem, field, 'strong']);
    }
  }
  const stems = [...STEMS, ...own];
  return {
    stems,
    foldedStems: stems.map(([stem, field, strength]) => [fold(stem), field, strength] as const),
    numberWords: profile.fields.number.headers.map(compact).filter(Boolean),
  };
}

/** Latin letters to Cyrillic, longest first: the ways a Russian header is transliterated (GOST, BGN, passport, ad hoc). */
const LATIN: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['tc', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ju', 'ю'], ['iu', 'ю'], ['ya', 'я'], ['ja', 'я'], ['ia', 'я'], ['yo', 'е'], ['jo', 'е'], ['ye', 'е'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'],
  ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'ц'], ['x', 'кс'], ['y', 'ы'], ['q', 'к'],
];

/** A header written in Latin letters («Otvetstvennyy ispolnitel'») read back in Cyrillic. */
function fromLatin(text: string): string {
  let out = '';
  const t = text.replace(/['’`ʹ]/g, '');
  for (let i = 0; i < t.length; ) {
    const hit = /[a-z]/.test(t[i]) ? LATIN.find(([latin]) => t.startsWith(latin, i)) : undefined;
    out += hit ? hit[1] : t[i];
    i += hit ? hit[0].length : 1;
  }
  return out;
}

/**
 * What transliteration cannot tell apart is dropped or merged on both sides: the soft and hard
 * signs (lost with the apostrophe), «й» and «ы» (both «y»), «э» and «е».
 */
function fold(text: string): string {
  return text.replace(/[ьъйы]/g, '').replace(/э/g, 'е');
}

/** What a header cell's text says of its column, or null when it says nothing known. */
export function headerEvidence(text: string, words: HeaderWords): HeaderEvidence | null {
  const written = normalize(text);
  if (!written || written.length > MAX_HEADER_LENGTH) return null;
  // A header in Latin letters only is a transliteration (a file saved by a program that could not write Cyrillic).
  const latin = /[a-z]{3}/.test(written) && !/[а-я]/.test(written);
  const raw = latin ? fold(fromLatin(written)) : written;
  const stemsToTry = latin ? words.foldedStems : words.stems;
  const squeezed = raw.replace(/\s+/g, '');
  if ((NUMBER_SIGN.test(squeezed) || NUMBER_SIGN.test(written.replace(/\s+/g, ''))) && raw.length <= 30) return { field: 'number', strength: 'strong' };
  const letters = compact(raw);
  if (!letters) return null;
  if (words.numberWords.includes(letters)) return { field: 'number', strength: 'strong' };
  // Where each word starts in the letters: a short stem («кто», «тема», «дата») counts only there («сектор» is no «кто»).
  const wordStarts = new Set<number>();
  let best: { stem: string; field: HeaderClass; strength: 'strong' | 'weak'; pos: number } | null = null;
  let at = 0;
  for (const word of raw.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    wordStarts.add(at);
    const abbreviation = latin ? undefined : ABBREVIATIONS[word];
    if (abbreviation && !best) best = { stem: word, field: abbreviation[0], strength: abbreviation[1], pos: at };
    at += word.length;
  }
  for (const [stem, field, strength] of stemsToTry) {
    let pos = letters.indexOf(stem);
    while (pos >= 0 && stem.length <= SHORT_STEM && !wordStarts.has(pos)) pos = letters.indexOf(stem, pos + 1);
    // Earliest wins; at the same place, the longer stem («соисполнител» over nothing, «объемфинанс» over «объем»).
    if (pos >= 0 && (!best || pos < best.pos || (pos === best.pos && stem.length > best.stem.length))) best = { stem, field, strength, pos };
  }
  const role = roleOf(raw);
  // With no word of a field, only a header that is nothing but a start or an end («начало», «с», «по») names one.
  if (!best) return role && ROLE_ONLY.test(raw) ? { field: 'deadline', strength: 'weak', role } : null;
  return best.field === 'deadline' && role ? { field: best.field, strength: best.strength, role } : { field: best.field, strength: best.strength };
}

/** «начало» / «Дата начала» → start, «окончание» → end. */
export function roleOf(text: string): 'start' | 'end' | undefined {
  const words = normalize(text).replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  // A header names a start or an end in a word or three («Дата начала», «с»); a sentence with «по» does not.
  if (words.length > 3) return undefined;
  if (words.some((w) => START.test(w))) return 'start';
  if (words.some((w) => END.test(w))) return 'end';
  return undefined;
}
