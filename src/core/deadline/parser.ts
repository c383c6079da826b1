/**
 * The deadline grammar: reads tokens left to right and collects the text's concrete parts —
 * calendar spans («май-сентябрь 2023», «до 25 сентября», «I квартал 2023 года») and
 * periodicities of a quarter or finer («ежеквартально», «раз в месяц»). Words it does not know
 * are skipped, so vague prose around an anchor («…, далее по мере необходимости») costs nothing.
 */
import { startMonth, termAcademicYear, type Point } from './calendar';
import { classifyWord, tokenize, type Lexeme, type Token } from './lexer';

/** How a span bounds the work: within it, up to its end («до X»), or from its start («с X»). */
export type SpanMode = 'at' | 'until' | 'since';

export type Part =
  | { kind: 'span'; from: Point; to: Point; mode: SpanMode }
  | { kind: 'periodic' };

export interface ParseResult {
  parts: Part[];
  /** The text says «ежегодно» (or «каждый год»). */
  yearly: boolean;
  /**
   * «… 2023, далее ежегодно»: a yearly word follows a part with a year and nothing concrete
   * follows it, so the first dated part repeats every year.
   */
  repeatFirst: boolean;
}

/** Years the grammar accepts as a calendar year; other four-digit numbers are counts. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

interface Range {
  from: Point;
  to: Point;
  /** Written as a range (two ends); «до»/«с» then do not apply. */
  ranged: boolean;
}

interface Parsed {
  ranges: Range[];
  next: number;
}

export function parseDeadline(text: string): ParseResult {
  return new Parser(tokenize(text)).run();
}

class Parser {
  private readonly lex: Array<Lexeme | undefined>;

  constructor(private readonly toks: Token[]) {
    this.lex = toks.map((t) => (t.kind === 'word' ? classifyWord(t.text) : undefined));
  }

  run(): ParseResult {
    const parts: Part[] = [];
    // Parts without a year wait for the next year written («Октябрь, ноябрь 2021 г.»); «ежегодно»,
    // brackets and «;» end the wait, leaving them yearless («Март-апрель ежегодно»).
    let pending: Array<Part & { kind: 'span' }> = [];
    let mode: SpanMode = 'at';
    let yearly = false;
    let lastYearlyAt = -1; // parts.length when the last yearly word was read
    let datedBeforeYearly = false;

    for (let i = 0; i < this.toks.length; ) {
      const lx = this.lex[i];
      if (lx?.t === 'until' || (lx?.t === 'through' && mode === 'at')) {
        mode = 'until';
        i++;
        continue;
      }
      if (lx?.t === 'since') {
        mode = 'since';
        i++;
        continue;
      }
      const got = this.rangeAt(i, mode);
      if (got) {
        for (const r of got.ranges) {
          const part: Part & { kind: 'span' } = { kind: 'span', from: r.from, to: r.to, mode: r.ranged ? 'at' : mode };
          parts.push(part);
          const year = part.from.year ?? part.to.year;
          if (year === undefined) {
            pending.push(part);
          } else {
            for (const p of pending) giveYear(p, year);
            pending = [];
          }
        }
        mode = 'at';
        i = got.next;
        continue;
      }
      const periodicEnd = this.periodicAt(i);
      if (periodicEnd !== undefined) {
        parts.push({ kind: 'periodic' });
        pending = [];
        mode = 'at';
        i = periodicEnd;
        continue;
      }
      const yearlyEnd = this.yearlyAt(i);
      if (yearlyEnd !== undefined) {
        yearly = true;
        lastYearlyAt = parts.length;
        datedBeforeYearly = parts.some((p) => p.kind === 'span' && (p.from.year ?? p.to.year) !== undefined);
        pending = [];
        i = yearlyEnd;
        continue;
      }
      const t = this.toks[i];
      if (t.kind === 'punct' && '();'.includes(t.text)) pending = [];
      if (t.kind !== 'punct') mode = 'at'; // «до начала учебного года»: «до» binds only the next word
      i++;
    }
    const repeatFirst = yearly && datedBeforeYearly && lastYearlyAt === parts.length;
    return { parts, yearly, repeatFirst };
  }

  // ---- token helpers ----

  private punct(i: number, chars: string): boolean {
    const t = this.toks[i];
    return t?.kind === 'punct' && chars.includes(t.text);
  }

  private num(i: number, maxDigits = 4): number | undefined {
    const t = this.toks[i];
    return t?.kind === 'num' && t.text.length <= maxDigits ? Number(t.text) : undefined;
  }

  private year(i: number): number | undefined {
    const t = this.toks[i];
    if (t?.kind !== 'num' || t.text.length !== 4) return undefined;
    const y = Number(t.text);
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
  }

  /** A day number 1–31 written with one or two digits. */
  private dayNum(i: number): number | undefined {
    const d = this.num(i, 2);
    return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
  }

  private is(i: number, t: Lexeme['t']): boolean {
    return this.lex[i]?.t === t;
  }

  /** Skips what may follow a year: «г.», «гг.», «года», «годы», dots. */
  private skipYearSuffix(i: number): number {
    while (this.punct(i, '.') || this.is(i, 'yearWord')) i++;
    return i;
  }

  /** A year after a point («сентябрь 2021 г.», «IV кв. 2021»): sets it and returns the index after. */
  private attachYear(points: Point[], i: number): number {
    let j = i;
    while (this.punct(j, '.')) j++;
    const academic = this.academicPairAt(j);
    if (academic) {
      // «сентябрь 2023/2024 уч. года» is September 2023, «март …» March 2024; a school term is
      // that year's; a half-year or quarter of an academic year is read as the whole academic year.
      for (const p of points) {
        if (p.unit === 'day' || p.unit === 'month') p.year = (p.month ?? 1) >= 9 ? academic.year : academic.year + 1;
        else if (p.unit === 'term') p.year = academic.year;
        else Object.assign(p, { unit: 'academic', year: academic.year, index: undefined });
      }
      return academic.next;
    }
    const y = this.year(j);
    if (y === undefined) return i;
    for (const p of points) p.year = p.unit === 'term' ? termAcademicYear(p, y) : y;
    return this.skipYearSuffix(j + 1);
  }

  /** «2023/2024 учебного года», «2023-24 уч. г.»: consecutive years followed by an academic word. */
  private academicPairAt(i: number): { year: number; next: number } | undefined {
    const y1 = this.year(i);
    if (y1 === undefined || !this.punct(i + 1, '-/')) return undefined;
    const second = this.toks[i + 2];
    const consecutive = this.year(i + 2) === y1 + 1 || (second?.kind === 'num' && second.text.length === 2 && Number(second.text) === (y1 + 1) % 100);
    if (!consecutive) return undefined;
    const j = this.skipYearSuffix(i + 3);
    if (this.is(j, 'academic')) return { year: y1, next: this.skipYearSuffix(j + 1) };
    return this.punct(i + 1, '/') ? { year: y1, next: j } : undefined;
  }

  // ---- ranges and points ----

  /** A point, or two points joined by «-» / «по» (/ «до» after «с»). */
  private rangeAt(i: number, mode: SpanMode): Parsed | undefined {
    const a = this.pointAt(i);
    if (!a) return undefined;
    if (a.ranges.length !== 1 || a.ranges[0].ranged) return a;
    const j = a.next;
    const connector = this.punct(j, '-') || this.is(j, 'through') || (mode === 'since' && this.is(j, 'until'));
    if (!connector) return a;
    const b = this.pointAt(j + 1);
    if (!b) return a;
    const from = a.ranges[0].from;
    const to = b.ranges[0].to;
    fillRangeYears(from, to);
    return { ranges: [{ from, to, ranged: true }, ...b.ranges.slice(1)], next: b.next };
  }

  /** One calendar point (or a range written as one unit: «1-15 сентября», «2021-2023», «I-II квартал»). */
  private pointAt(i: number): Parsed | undefined {
    const t = this.toks[i];
    if (!t || t.kind === 'punct') return undefined;
    if (t.kind === 'num') {
      return this.isoDateAt(i) ?? this.dottedDateAt(i) ?? this.dayMonthAt(i) ?? this.ordinalGroupAt(i) ?? this.yearAt(i);
    }
    const lx = this.lex[i];
    if (lx?.t === 'month') {
      const p: Point = { unit: 'month', month: lx.month };
      return { ranges: [single(p)], next: this.attachYear([p], i + 1) };
    }
    if (lx?.t === 'ordinal') return this.ordinalGroupAt(i);
    return undefined;
  }

  /** 2021-02-08 (what a date cell turns into when a converter writes it as text). */
  private isoDateAt(i: number): Parsed | undefined {
    const y = this.year(i);
    if (y === undefined || !this.tight(i + 1, '-') || !this.tight(i + 3, '-')) return undefined;
    const m = this.num(i + 2, 2);
    const d = this.num(i + 4, 2);
    if (m === undefined || d === undefined || this.toks[i + 2].space || this.toks[i + 4].space) return undefined;
    const p = dayPoint(y, m, d);
    return p && { ranges: [single(p)], next: this.skipYearSuffix(i + 5) };
  }

  /** 10.09.2021, 10.09.21, 10/09/2021, and 15.10 without a year (two-digit month, to not read decimals). */
  private dottedDateAt(i: number): Parsed | undefined {
    const d = this.num(i, 2);
    if (d === undefined || !this.tight(i + 1, './')) return undefined;
    const mTok = this.toks[i + 2];
    const m = this.num(i + 2, 2);
    if (m === undefined || mTok.space) return undefined;
    let year: number | undefined;
    let next = i + 3;
    const yTok = this.toks[i + 4];
    if (this.tight(i + 3, './') && yTok?.kind === 'num' && !yTok.space && (yTok.text.length === 2 || yTok.text.length === 4)) {
      const raw = Number(yTok.text);
      // Two-digit years the way Excel reads them: 00–29 → 2000s, 30–99 → 1900s.
      year = yTok.text.length === 4 ? raw : raw < 30 ? 2000 + raw : 1900 + raw;
      next = i + 5;
    } else if (mTok.text.length !== 2) {
      return undefined;
    }
    const p = dayPoint(year, m, d);
    if (!p) return undefined;
    return { ranges: [single(p)], next: year === undefined ? this.attachYear([p], next) : this.skipYearSuffix(next) };
  }

  /** «25 сентября 2023», «01 сентября», «1-15 сентября 2021 г.», «с 1 по 15 сентября». */
  private dayMonthAt(i: number): Parsed | undefined {
    const d1 = this.dayNum(i);
    if (d1 === undefined) return undefined;
    let j = i + 1;
    let d2: number | undefined;
    if ((this.punct(j, '-') || this.is(j, 'through')) && this.dayNum(j + 1) !== undefined && this.lex[j + 2]?.t === 'month') {
      d2 = this.dayNum(j + 1);
      j += 2;
    }
    const lx = this.lex[j];
    if (lx?.t !== 'month') return undefined;
    const from = dayPoint(undefined, lx.month, d1);
    const to = d2 === undefined ? from : dayPoint(undefined, lx.month, d2);
    if (!from || !to) return undefined;
    const next = this.attachYear(from === to ? [from] : [from, to], j + 1);
    return { ranges: [{ from, to, ranged: from !== to }], next };
  }

  /**
   * Quarters, half-years and school terms: «I квартал», «IV кв.», «1 кв.», «1-е полугодие»,
   * «Первое полугодие», «II четверть», «3 триместр», «I-II квартал» (a range), «I, II квартал»
   * (two). Without the unit word the numbers mean nothing.
   */
  private ordinalGroupAt(i: number): Parsed | undefined {
    const items: Array<{ n: number; dashBefore: boolean }> = [];
    let j = i;
    let dashBefore = false;
    for (;;) {
      const n = this.ordinalAt(j);
      if (!n) break;
      items.push({ n: n.n, dashBefore });
      // Four quarters at most: a longer list («1,1,1,…») is no quarter, and reading it to its end
      // from every position made a long cell quadratic (two minutes for 32 767 characters).
      if (items.length > 4) return undefined;
      j = n.next;
      const sepDash = this.punct(j, '-');
      if ((sepDash || this.punct(j, ',') || this.toks[j]?.text === 'и') && this.ordinalAt(j + 1)) {
        dashBefore = sepDash;
        j++;
        continue;
      }
      break;
    }
    if (!items.length) return undefined;
    const word = this.lex[j];
    const unit = word?.t === 'quarter' ? 'quarter' : word?.t === 'half' ? 'half' : word?.t === 'term' ? 'term' : undefined;
    if (!unit) return undefined;
    const terms = word?.t === 'term' ? word.terms : undefined;
    const max = unit === 'quarter' ? 4 : unit === 'half' ? 2 : (terms ?? 4);
    if (items.some((it) => it.n > max)) return undefined;
    const points = items.map((it): Point => (terms ? { unit, index: it.n, terms } : { unit, index: it.n }));
    const next = this.attachYear(points, j + 1);
    const ranges: Range[] = [];
    points.forEach((p, k) => {
      if (items[k].dashBefore && ranges.length) ranges[ranges.length - 1] = { ...ranges[ranges.length - 1], to: p, ranged: true };
      else ranges.push(single(p));
    });
    return { ranges, next };
  }

  /** An ordinal: Roman I–IV, a word (первое…), or 1–4 with an optional «-й»/«-е»/«-ое» ending. */
  private ordinalAt(i: number): { n: number; next: number } | undefined {
    const lx = this.lex[i];
    if (lx?.t === 'ordinal') return { n: lx.n, next: i + 1 };
    const t = this.toks[i];
    if (t?.kind !== 'num' || t.text.length !== 1) return undefined;
    const n = Number(t.text);
    if (n < 1 || n > 4) return undefined;
    const suffix = this.toks[i + 2];
    if (this.tight(i + 1, '-') && suffix?.kind === 'word' && !suffix.space && /^(й|е|я|ое|ый|ий|ая|ой|го|ого|ом|м)$/.test(suffix.text)) {
      return { n, next: i + 3 };
    }
    return { n, next: i + 1 };
  }

  /** «2022 г.», «2021-2023», «2021 – 2022 годы», «2023-2024 учебный год», «2023/2024 уч. год», «2023-24». */
  private yearAt(i: number): Parsed | undefined {
    const y1 = this.year(i);
    if (y1 === undefined) return undefined;
    let j = i + 1;
    let y2: number | undefined;
    const slash = this.punct(j, '/');
    if (this.punct(j, '-/')) {
      const second = this.toks[j + 1];
      const full = this.year(j + 1);
      if (full !== undefined && full >= y1) y2 = full;
      else if (second?.kind === 'num' && second.text.length === 2 && Number(second.text) === (y1 + 1) % 100) y2 = y1 + 1;
      if (y2 !== undefined) j += 2;
    }
    j = this.skipYearSuffix(j);
    const academicAfter = this.is(j, 'academic');
    if (academicAfter) j = this.skipYearSuffix(j + 1);
    if (y2 !== undefined && y2 > y1 && (academicAfter || this.academicBefore(i) || (slash && y2 === y1 + 1))) {
      // «2023-2024 учебный год» runs 1 Sep 2023 – 31 Aug 2024; «2021-2023 учебные годы» spans two
      // academic years. A bare «2023/2024» is read as an academic year too (decision).
      const from: Point = { unit: 'academic', year: y1 };
      const to: Point = y2 - 1 === y1 ? from : { unit: 'academic', year: y2 - 1 };
      return { ranges: [{ from, to, ranged: from !== to }], next: j };
    }
    const from: Point = { unit: 'year', year: y1 };
    const to: Point = y2 === undefined ? from : { unit: 'year', year: y2 };
    return { ranges: [{ from, to, ranged: y2 !== undefined }], next: j };
  }

  /** «учебный год 2023-2024», «уч. год 2023/2024»: the academic word stands before the years. */
  private academicBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (this.is(k, 'academic')) return true;
      if (!(this.punct(k, '.') || this.is(k, 'yearWord'))) return false;
    }
    return false;
  }

  /** A punctuation mark with no white space before it (inside «10.09.2021», «2021-02-08», «1-е»). */
  private tight(i: number, chars: string): boolean {
    return this.punct(i, chars) && !this.toks[i].space;
  }

  // ---- periodicities ----

  /**
   * A periodicity of a quarter or finer; returns the index after it. «ежеквартально»,
   * «ежемесячно»; «раз в квартал», «2 раза в месяц», «раз в две недели»; «каждый месяц»;
   * «по средам»; «третий четверг месяца»; a reporting period («до 1 числа месяца, следующего за
   * отчётным кварталом»). Per-year counts («4 раза в год») are not: they fix how often, not when.
   */
  private periodicAt(i: number): number | undefined {
    const lx = this.lex[i];
    if (lx?.t === 'periodic') return i + 1;
    if (lx?.t === 'reporting') return this.periodAt(i + 1);
    if (lx?.t === 'times' && this.is(i + 1, 'in')) return this.periodAt(i + 2);
    if (lx?.t === 'every') {
      const w = this.lex[i + 1];
      if (w?.t === 'weekday') return i + 2;
      return this.periodAt(i + 1);
    }
    if (lx?.t === 'weekday') {
      if (lx.plural && this.toks[i - 1]?.text === 'по') return i + 1;
      // «третий четверг месяца», «последняя пятница каждого месяца»
      const k = this.is(i + 1, 'every') ? i + 2 : i + 1;
      const u = this.lex[k];
      if (u?.t === 'unit' && u.months === 1) return k + 1;
    }
    return undefined;
  }

  /** «[N] unit» after «раз в» / «каждый»: a period of at most a quarter, or undefined. */
  private periodAt(i: number): number | undefined {
    let count = 1;
    let j = i;
    const lx = this.lex[j];
    if (lx?.t === 'count') {
      count = lx.n;
      j++;
    } else if (this.num(j, 2) !== undefined) {
      count = this.num(j, 2) ?? 1;
      j++;
    }
    const u = this.lex[j];
    const months = u?.t === 'unit' ? u.months : u?.t === 'quarter' ? 3 : u?.t === 'term' ? 12 / (u.terms + 1) : u?.t === 'half' ? 6 : u?.t === 'yearWord' ? 12 : undefined;
    if (months === undefined) return undefined;
    return count * months <= 3 ? j + 1 : undefined;
  }

  /** «ежегодно», «каждый год»; returns the index after it. */
  private yearlyAt(i: number): number | undefined {
    if (this.is(i, 'yearly')) return i + 1;
    if (this.is(i, 'every') && this.is(i + 1, 'yearWord')) return i + 2;
    return undefined;
  }
}

function single(p: Point): Range {
  return { from: p, to: p, ranged: false };
}

/** A day point, or undefined when the day or month cannot exist (31.02, 45.13). */
function dayPoint(year: number | undefined, month: number, day: number): Point | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const max = month === 2 ? (year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > max) return undefined;
  return year === undefined ? { unit: 'day', month, day } : { unit: 'day', year, month, day };
}

/**
 * A range shares one year: «май-сентябрь 2023» → May 2023; a range that wraps the new year takes
 * the year before («декабрь-январь 2023» starts in December 2022), and the other way round.
 */
export function fillRangeYears(from: Point, to: Point): void {
  if (from === to) return;
  if (from.year === undefined && to.year !== undefined) {
    from.year = startMonth(from) > startMonth(to) ? to.year - 1 : to.year;
  } else if (to.year === undefined && from.year !== undefined) {
    to.year = startMonth(to) < startMonth(from) ? from.year + 1 : from.year;
  }
}

/** Gives a yearless span the year written after it: the year of its end, its start derived. */
function giveYear(part: Part & { kind: 'span' }, year: number): void {
  if (part.to.year === undefined) part.to.year = year;
  fillRangeYears(part.from, part.to);
}
