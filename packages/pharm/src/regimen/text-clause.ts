import type { DoseForm } from '../types';
import { parseIsoMs } from './iso-time';
import type { Token } from './text-tokens';
import {
  fillerWords,
  formWords,
  hourFactors,
  intervalWords,
  unitFactors,
  weekdayWords,
} from './text-vocabulary';

/** When a clause's doses happen. */
export type Schedule =
  | { readonly kind: 'once' }
  | { readonly kind: 'every'; readonly hours: number }
  | { readonly kind: 'weekdays'; readonly days: readonly number[] }
  | { readonly kind: 'times'; readonly clockMs: readonly number[]; readonly offsetHours: number };

/** One `+`-separated part of the text, parsed. */
export interface Clause {
  readonly amountMg: number;
  readonly form: DoseForm;
  readonly schedule: Schedule;
  readonly end?:
    | { readonly kind: 'window'; readonly hours: number }
    | { readonly kind: 'count'; readonly n: number };
  readonly start?:
    | { readonly kind: 'hours'; readonly hours: number }
    | { readonly kind: 'clock'; readonly ms: number };
  /** Offset of the clause's first character, for messages. */
  readonly at: number;
  /** Offset just past the clause, for messages about a missing end. */
  readonly endAt: number;
}

/** A parse failure: the character offset and what was expected there. */
export class TextParseError extends Error {
  constructor(
    readonly at: number,
    readonly found: string,
    readonly expected: string,
  ) {
    super(`expected ${expected}`);
  }
}

const scheduleHelp =
  'a schedule: once, daily, nightly, twice daily (bid), three times daily (tid), weekly, monthly, ' +
  'every N hours|days|weeks, weekdays (mon,wed,fri), or "on <ISO time>, …"';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Cursor over one clause's tokens. Internal to the text parser: errors are thrown as
 * TextParseError and turned into Issues by `parseRegimenText`; they never leave this module pair.
 */
export class ClauseParser {
  private pos = 0;
  private partStart: Token | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly endAt: number,
  ) {}

  /** Parses the whole clause; throws TextParseError on the first problem. */
  parse(): Clause {
    const first = this.peek();
    const clause: Partial<Mutable<Clause>> = { at: first?.at ?? this.endAt, endAt: this.endAt };
    const formFirst = this.tryForm();
    clause.amountMg = this.amount();
    clause.form = formFirst ?? this.expectForm();
    this.skipFillers();
    while (this.peek() !== undefined) {
      this.option(clause);
    }
    return { schedule: { kind: 'once' }, ...clause } as Clause;
  }

  private option(clause: Partial<Mutable<Clause>>): void {
    const t = this.peek();
    this.partStart = t;
    const word = t?.kind === 'word' ? t.text : undefined;
    if (
      t?.kind === 'number' &&
      (this.peek(1)?.text === 'times' || this.peek(1)?.text === 'doses')
    ) {
      clause.end = this.once(clause.end, { kind: 'count', n: this.countNumber() });
      this.pos++;
    } else if (word === 'for' || word === 'x') {
      clause.end = this.once(clause.end, this.end());
    } else if (word === 'from' || word === 'starting' || word === 'start') {
      clause.start = this.once(clause.start, this.start());
    } else {
      clause.schedule = this.once(clause.schedule, this.schedule());
    }
  }

  private once<T>(current: T | undefined, next: T): T {
    if (current !== undefined) {
      this.fail('each of schedule, duration and start at most once per "+" part', this.partStart);
    }
    return next;
  }

  private peek(ahead = 0): Token | undefined {
    return this.tokens[this.pos + ahead];
  }

  private next(expected: string): Token {
    const t = this.tokens[this.pos];
    if (t === undefined) {
      throw new TextParseError(this.endAt, 'end of text', expected);
    }
    this.pos++;
    return t;
  }

  private fail(expected: string, t: Token | undefined = this.peek()): never {
    throw new TextParseError(t?.at ?? this.endAt, t?.text ?? 'end of text', expected);
  }

  private acceptWord(...words: string[]): string | undefined {
    const t = this.peek();
    if (t?.kind === 'word' && words.includes(t.text)) {
      this.pos++;
      return t.text;
    }
    return undefined;
  }

  private number(expected: string): number {
    const t = this.next(expected);
    if (t.kind !== 'number') {
      this.fail(expected, t);
    }
    return Number(t.text);
  }

  private countNumber(): number {
    const t = this.peek();
    const n = this.number('a whole number of doses');
    if (!Number.isInteger(n) || n < 1) {
      this.fail('a whole number of doses >= 1', t);
    }
    return n;
  }

  private tryForm(): DoseForm | undefined {
    const t = this.peek();
    const form = t?.kind === 'word' ? formWords[t.text] : undefined;
    if (form !== undefined) {
      this.pos++;
    }
    return form;
  }

  private expectForm(): DoseForm {
    return this.tryForm() ?? this.fail('a form: oral, er, xr (injection) or implant');
  }

  private skipFillers(): void {
    while (this.peek()?.kind === 'word' && fillerWords.has(this.peek()?.text ?? '')) {
      this.pos++;
    }
  }

  private amount(): number {
    const value = this.number('an amount such as "50 mg"');
    const unitToken = this.next('a unit: mg, g or mcg');
    const factor = unitFactors[unitToken.text];
    if (factor === undefined) {
      this.fail('a unit: mg, g or mcg', unitToken);
    }
    return value * factor;
  }

  private hours(expected: string): number {
    const n = this.number(expected);
    const unit = this.next(expected);
    const factor = hourFactors[unit.text];
    if (factor === undefined) {
      this.fail(expected, unit);
    }
    return n * factor;
  }

  private end(): NonNullable<Clause['end']> {
    if (this.acceptWord('x')) {
      return { kind: 'count', n: this.countNumber() };
    }
    this.pos++; // 'for'
    if (
      this.peek()?.kind === 'number' &&
      ['doses', 'dose', 'times'].includes(this.peek(1)?.text ?? '')
    ) {
      const n = this.countNumber();
      this.pos++;
      return { kind: 'count', n };
    }
    const hours = this.hours('a duration such as "14 days", "4 weeks" or "3 doses"');
    if (hours <= 0) {
      this.fail('a duration > 0', this.tokens[this.pos - 2]);
    }
    return { kind: 'window', hours };
  }

  private start(): NonNullable<Clause['start']> {
    this.pos++; // from / starting / start
    this.acceptWord('on', 'at');
    const t = this.peek();
    if (t?.kind === 'time') {
      this.pos++;
      return { kind: 'clock', ms: this.clock(t) };
    }
    const unit = this.acceptWord('hour', 'day', 'week');
    if (unit === undefined) {
      this.fail('a start: an ISO time, "day N", "hour N" or "week N"');
    }
    return {
      kind: 'hours',
      hours: this.number(`a number after "${unit}"`) * (hourFactors[unit] ?? 1),
    };
  }

  private clock(t: Token): number {
    return (
      parseIsoMs(t.text) ?? this.fail('a valid ISO-8601 date-time such as 2026-03-06T19:00', t)
    );
  }

  private schedule(): Schedule {
    const t = this.next(scheduleHelp);
    const w = t.kind === 'word' ? t.text : '';
    if (w === 'once' || w === 'single') {
      if (this.acceptWord('daily')) {
        return { kind: 'every', hours: 24 };
      }
      if (this.acceptWord('a')) {
        this.expectWord('day');
        return { kind: 'every', hours: 24 };
      }
      return { kind: 'once' };
    }
    if (w === 'twice' || w === 'three' || w === 'four') {
      const perDay = w === 'twice' ? 2 : w === 'three' ? 3 : 4;
      if (w !== 'twice') {
        this.expectWord('times');
      }
      if (!this.acceptWord('daily')) {
        this.expectWord('a');
        this.expectWord('day');
      }
      return { kind: 'every', hours: 24 / perDay };
    }
    const fixed = intervalWords[w];
    if (fixed !== undefined) {
      return { kind: 'every', hours: fixed };
    }
    if (w === 'every' || w === 'each') {
      return this.every();
    }
    if (weekdayWords[w] !== undefined) {
      this.pos--;
      return this.weekdays();
    }
    if (t.kind === 'number' || w === 'on' || w === 'at') {
      this.pos--;
      return this.times();
    }
    return this.fail(scheduleHelp, t);
  }

  private expectWord(word: string): void {
    if (!this.acceptWord(word)) {
      this.fail(`"${word}"`);
    }
  }

  private every(): Schedule {
    const t = this.peek();
    if (t?.kind === 'word') {
      const named = { day: 24, night: 24, morning: 24, evening: 24, week: 168, hour: 1 }[t.text];
      if (named === undefined) {
        this.fail('a number or day, night, morning, evening, week', t);
      }
      this.pos++;
      return { kind: 'every', hours: named };
    }
    const hours = this.hours('an interval such as "12 hours", "2 days" or "4 weeks"');
    if (hours <= 0) {
      this.fail('an interval > 0', t);
    }
    return { kind: 'every', hours };
  }

  private weekdays(): Schedule {
    const days: number[] = [];
    for (;;) {
      const t = this.peek();
      const day = t?.kind === 'word' ? weekdayWords[t.text] : undefined;
      if (day === undefined) {
        break;
      }
      this.pos++;
      if (!days.includes(day)) {
        days.push(day);
      }
      const sep = this.peek();
      if (sep?.kind === 'comma' || sep?.text === 'and' || sep?.text === '/') {
        this.pos++;
      }
    }
    return { kind: 'weekdays', days: days.sort((a, b) => a - b) };
  }

  private times(): Schedule {
    let offsetHours = 0;
    if (this.peek()?.kind === 'number') {
      const h = this.hours('an offset such as "1 h" (before/after an event)');
      const dir = this.acceptWord('before', 'after') ?? this.fail('"before" or "after"');
      offsetHours = dir === 'before' ? -h : h;
      while (
        this.peek()?.kind === 'word' &&
        this.peek()?.text !== 'on' &&
        this.peek()?.text !== 'at'
      ) {
        this.pos++; // the event's name: "drinking", "a party"
      }
    }
    if (this.acceptWord('on', 'at') === undefined) {
      this.fail('"on" followed by ISO times');
    }
    const clockMs: number[] = [];
    for (;;) {
      const t = this.next('an ISO time such as 2026-03-06T19:00');
      if (t.kind !== 'time') {
        this.fail('an ISO time such as 2026-03-06T19:00', t);
      }
      clockMs.push(this.clock(t));
      if (this.peek()?.kind !== 'comma') {
        break;
      }
      this.pos++;
    }
    return { kind: 'times', clockMs, offsetHours };
  }
}
