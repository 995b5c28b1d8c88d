import type { DoseForm } from '../types';

/** Words naming a dose form in the text notation. */
export const formWords: Readonly<Record<string, DoseForm>> = {
  oral: 'oral-tablet',
  po: 'oral-tablet',
  'oral-tablet': 'oral-tablet',
  ir: 'oral-tablet',
  er: 'er-tablet',
  'er-tablet': 'er-tablet',
  'extended-release': 'er-tablet',
  xr: 'xr-injection',
  'xr-injection': 'xr-injection',
  injection: 'xr-injection',
  im: 'xr-injection',
  depot: 'xr-injection',
  implant: 'implant',
};

/** Words that may follow a form and carry no meaning (`oral tablet`, `xr injection`). */
export const fillerWords = new Set([
  'tablet',
  'tablets',
  'tab',
  'tabs',
  'capsule',
  'capsules',
  'injection',
  'dose',
  'doses',
]);

/** Amount units and their factor to mg. */
export const unitFactors: Readonly<Record<string, number>> = {
  mg: 1,
  g: 1000,
  mcg: 0.001,
  µg: 0.001,
  ug: 0.001,
};

/** Schedule words with a fixed interval in hours. `monthly` means every 4 weeks (672 h). */
export const intervalWords: Readonly<Record<string, number>> = {
  daily: 24,
  qd: 24,
  od: 24,
  nightly: 24,
  qhs: 24,
  bid: 12,
  'b.i.d': 12,
  tid: 8,
  't.i.d': 8,
  qid: 6,
  weekly: 168,
  monthly: 672,
};

/** Time units and their length in hours. */
export const hourFactors: Readonly<Record<string, number>> = {
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168,
  wk: 168,
  wks: 168,
  week: 168,
  weeks: 168,
};

/** Weekday names → day index with Monday = 0. */
export const weekdayWords: Readonly<Record<string, number>> = {
  mon: 0,
  monday: 0,
  tue: 1,
  tues: 1,
  tuesday: 1,
  wed: 2,
  wednesday: 2,
  thu: 3,
  thur: 3,
  thurs: 3,
  thursday: 3,
  fri: 4,
  friday: 4,
  sat: 5,
  saturday: 5,
  sun: 6,
  sunday: 6,
};
