/**
 * Tokens and vocabulary of the deadline grammar. The text is normalised first (lower case, ё→е,
 * every dash to «-»), then cut into numbers, words and single punctuation marks; words broken
 * by a PDF («сентяб ря», «ежеква ртально») are glued back when the pieces make a known word.
 */
import { normalize } from '../text';

export interface Token {
  kind: 'num' | 'word' | 'punct';
  text: string;
  /** White space stood before the token: «2021-02-08» is a date, «2021 - 02» is not. */
  space: boolean;
}

/** What a word means to the grammar; words the grammar does not know have no lexeme. */
export type Lexeme =
  | { t: 'month'; month: number }
  | { t: 'quarter' }
  | { t: 'half' }
  | { t: 'term'; terms: 2 | 3 | 4 } // четверть (a school quarter), триместр, семестр (a college's half-year)
  | { t: 'yearWord' } // г, гг, год, года, годы…
  | { t: 'academic' } // уч, учебный, учебного…
  | { t: 'ordinal'; n: number } // первый…четвертый, I…IV
  | { t: 'count'; n: number } // один, два, две… (in «раз в две недели»)
  | { t: 'until' } // до, к, позднее
  | { t: 'since' } // с, со, начиная, после
  | { t: 'through' } // по: a range's «по» or «по 31 мая»
  | { t: 'yearly' } // ежегодно
  | { t: 'periodic' } // ежеквартально, ежемесячно, еженедельно, ежедневно…
  | { t: 'times' } // раз, раза
  | { t: 'every' } // каждый, каждую…
  | { t: 'unit'; months: number } // день, неделя, декада, месяц (a period's length in months)
  | { t: 'weekday'; plural: boolean } // понедельник… ; plural dative «по средам»
  | { t: 'in' } // в, во
  | { t: 'reporting' }; // отчётный: «за отчётным кварталом» recurs every quarter

const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(январ(ь|я|е|ю|ем)|янв)$/, 1],
  [/^(феврал(ь|я|е|ю|ем)|фев|февр)$/, 2],
  [/^(март(а|е|у|ом)?|мар)$/, 3],
  [/^(апрел(ь|я|е|ю|ем)|апр)$/, 4],
  [/^ма(й|я|е|ю|ем)$/, 5],
  [/^июн(ь|я|е|ю|ем)$/, 6],
  [/^июл(ь|я|е|ю|ем)$/, 7],
  [/^(август(а|е|у|ом)?|авг)$/, 8],
  [/^(сентябр(ь|я|е|ю|ем)|сен|сент)$/, 9],
  [/^(октябр(ь|я|е|ю|ем)|окт)$/, 10],
  [/^(ноябр(ь|я|е|ю|ем)|ноя|нояб)$/, 11],
  [/^(декабр(ь|я|е|ю|ем)|дек)$/, 12],
];

const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/^(i|перв(ый|ое|ая|ого|ом|ой|ую|ые))$/, 1],
  [/^(ii|втор(ой|ое|ая|ого|ом|ую|ые))$/, 2],
  [/^(iii|трет(ий|ье|ья|ьего|ьем|ью|ьи))$/, 3],
  [/^(iv|четверт(ый|ое|ая|ого|ом|ой|ую|ые))$/, 4],
];

const COUNTS: Readonly<Record<string, number>> = {
  один: 1, одна: 1, одну: 1, одного: 1, одной: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3,
  четыре: 4, четырех: 4, пять: 5, шесть: 6,
};

/** The grammar's meaning of one (normalised) word, or undefined for a word the grammar does not know. */
export function classifyWord(w: string): Lexeme | undefined {
  for (const [re, month] of MONTHS) if (re.test(w)) return { t: 'month', month };
  for (const [re, n] of ORDINALS) if (re.test(w)) return { t: 'ordinal', n };
  if (/^кв(артал(а|е|у|ом|ы|ов|ах|ам)?)?$/.test(w)) return { t: 'quarter' };
  if (/^полугоди(е|я|ю|ем|и|й|ях|ям)$/.test(w)) return { t: 'half' };
  if (/^четверт(ь|и|ью|ей|ям|ях)$/.test(w)) return { t: 'term', terms: 4 };
  if (/^триместр(а|е|у|ом|ы|ов|ах|ам)?$/.test(w)) return { t: 'term', terms: 3 };
  if (/^семестр(а|е|у|ом|ы|ов|ах|ам)?$/.test(w)) return { t: 'term', terms: 2 };
  if (/^(г|гг|год|года|году|годом|годы|годов|годах|годам)$/.test(w)) return { t: 'yearWord' };
  if (/^(уч|учебн(ый|ого|ом|ому|ым|ые|ых|ая|ой|ую|ое))$/.test(w)) return { t: 'academic' };
  if (w in COUNTS) return { t: 'count', n: COUNTS[w] };
  if (/^(до|к|позднее|позже)$/.test(w)) return { t: 'until' };
  if (/^(с|со|начиная|после)$/.test(w)) return { t: 'since' };
  if (w === 'по') return { t: 'through' };
  if (w === 'в' || w === 'во') return { t: 'in' };
  if (/^ежегодн/.test(w)) return { t: 'yearly' };
  if (/^(еже(квартальн|месячн|недельн|дневн|декадн)|поквартальн|помесячн)[а-я]*$/.test(w)) return { t: 'periodic' };
  if (/^отчетн(ый|ого|ому|ым|ом|ая|ой|ую|ые|ых)$/.test(w)) return { t: 'reporting' };
  if (w === 'раз' || w === 'раза') return { t: 'times' };
  if (/^кажд(ый|ую|ое|ые|ого|ом|ая|ой|ых)$/.test(w)) return { t: 'every' };
  const unit = unitMonths(w);
  if (unit !== undefined) return { t: 'unit', months: unit };
  if (/^(понедельник(а|и)?|вторник(а|и)?|среду|среда|четверг(а|и)?|пятниц(а|у|ы)|суббот(а|у|ы)|воскресенье|воскресенья)$/.test(w)) {
    return { t: 'weekday', plural: false };
  }
  if (/^(понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)$/.test(w)) return { t: 'weekday', plural: true };
  return undefined;
}

/** A period word's length in months; quarter, half-year and year are lexemes of their own. */
function unitMonths(w: string): number | undefined {
  if (/^(день|дня|дней)$/.test(w)) return 1 / 30;
  if (/^(неделю|неделя|недели|недель)$/.test(w)) return 1 / 4;
  if (/^(декаду|декада|декады|декад)$/.test(w)) return 1 / 3;
  if (/^(месяц|месяца|месяцев|месяцем|месяце|месяцу)$/.test(w)) return 1;
  return undefined;
}

/** Lexemes a broken word may be glued back into; short words (до, с, г) never are. */
const GLUE_TARGETS = new Set<Lexeme['t']>(['month', 'quarter', 'half', 'term', 'academic', 'yearly', 'periodic', 'every']);

function glueTarget(w: string): boolean {
  const lx = classifyWord(w);
  return lx !== undefined && GLUE_TARGETS.has(lx.t) && !(lx.t === 'quarter' && w === 'кв') && !(lx.t === 'academic' && w === 'уч');
}

/** Splits normalised text into tokens. Ukrainian/Cyrillic «і» is read as a Latin i for Roman numerals. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /(\d+)|(\p{L}+)|(\S)/gu;
  const source = normalize(text).replace(/\u0456/g, 'i');
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const space = m.index > last && /\s/.test(source.slice(last, m.index));
    const kind = m[1] ? 'num' : m[2] ? 'word' : 'punct';
    tokens.push({ kind, text: m[0], space });
    last = m.index + m[0].length;
  }
  return heal(tokens);
}

/**
 * Glues words a PDF broke apart: «сентяб ря», «ежеква ртально», «сентяб- ря». A piece is joined
 * to the next one or two only when it is not a word the grammar knows and the join is.
 */
function heal(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || classifyWord(t.text) !== undefined) {
      out.push(t);
      continue;
    }
    let joined = t.text;
    let end = i;
    let best = -1;
    let bestText = '';
    for (let pieces = 1; pieces <= 2; pieces++) {
      const next = nextWordIndex(tokens, end);
      if (next < 0) break;
      joined += tokens[next].text;
      end = next;
      if (glueTarget(joined)) {
        best = end;
        bestText = joined;
        break;
      }
    }
    if (best >= 0) {
      out.push({ kind: 'word', text: bestText, space: t.space });
      i = best;
    } else {
      out.push(t);
    }
  }
  return out;
}

/** The word right after tokens[i], separated only by white space or one hyphen; -1 otherwise. */
function nextWordIndex(tokens: Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'punct' && tokens[j].text === '-') j++;
  return tokens[j]?.kind === 'word' ? j : -1;
}
