import type { Regimen } from '../types';
import { groupRuns } from './dose-runs';
import { formatIsoMs, parseIsoMs } from './iso-time';

const msPerHour = 3_600_000;

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const hoursText = (h: number): string => `${Number(h.toFixed(3))} h`;

function clockText(regimen: Regimen, atHours: number): string {
  const zeroMs = regimen.startIso === undefined ? undefined : parseIsoMs(regimen.startIso);
  if (zeroMs === undefined) {
    return '';
  }
  const ms = zeroMs + atHours * msPerHour;
  return ` (${weekdayNames[new Date(ms).getUTCDay()] ?? ''} ${formatIsoMs(ms)})`;
}

/**
 * Describes a regimen in plain lines for `--explain`: time zero, the subject, then each run of
 * equal doses at a constant interval (with clock times when the regimen has a start).
 *
 * @param regimen - A validated regimen.
 * @returns Lines of text, without trailing newlines.
 * @example
 * describeRegimen(parseRegimenText('50 mg oral daily for 3 days').value)
 * //=> ['Time zero: hour 0 (no clock time given)', 'Subject: typical adult (no covariates)',
 * //    '3 doses, 3 × 50 mg oral-tablet every 24 h from 0 h to 48 h']
 */
export function describeRegimen(regimen: Regimen): string[] {
  const lines = [
    regimen.startIso === undefined
      ? 'Time zero: hour 0 (no clock time given)'
      : `Time zero: ${regimen.startIso}`,
    describeSubject(regimen),
    `${regimen.doses.length} dose${regimen.doses.length === 1 ? '' : 's'}:`,
  ];
  for (const run of groupRuns(regimen.doses)) {
    const what = `${run.first.amountMg} mg ${run.first.form}`;
    lines.push(
      run.count === 1
        ? `  1 × ${what} at ${hoursText(run.first.atHours)}${clockText(regimen, run.first.atHours)}`
        : `  ${run.count} × ${what} every ${hoursText(run.everyHours)} from ${hoursText(run.first.atHours)}` +
            `${clockText(regimen, run.first.atHours)} to ${hoursText(run.lastHours)}${clockText(regimen, run.lastHours)}`,
    );
  }
  return lines;
}

function describeSubject(regimen: Regimen): string {
  const entries = Object.entries(regimen.subject).map(([k, v]) => `${k} ${String(v)}`);
  return entries.length === 0
    ? 'Subject: typical adult (no covariates)'
    : `Subject: ${entries.join(', ')}`;
}
