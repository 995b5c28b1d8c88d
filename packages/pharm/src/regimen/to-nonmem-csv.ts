import type { Regimen, Subject } from '../types';
import { groupRuns } from './dose-runs';
import { cmtByForm, hepaticByCode } from './nonmem-columns';

const header = 'ID,TIME,AMT,EVID,CMT,II,ADDL,FORM,WT,AGE,CRCL,HEPATIC,DEP';

const orDot = (value: number | undefined): string => (value === undefined ? '.' : String(value));

function covariateCells(subject: Subject): string {
  const hepatic =
    subject.hepatic === undefined ? undefined : hepaticByCode.indexOf(subject.hepatic);
  const dep = subject.dependent === undefined ? undefined : subject.dependent ? 1 : 0;
  return [subject.weightKg, subject.ageYears, subject.creatinineClearanceMlPerMin, hepatic, dep]
    .map(orDot)
    .join(',');
}

/**
 * Writes regimens as a NONMEM-style CSV that `parseNonmemCsv` reads back to the same doses.
 * Consecutive equal doses at a constant interval become one row with `II` and `ADDL`; the form is
 * written both as a `CMT` code (1 oral-tablet, 2 er-tablet, 3 xr-injection, 4 implant) and as
 * `FORM`. Times are hours from time zero; empty covariates are `.`.
 *
 * @param regimens - One regimen (ID 1) or several with their IDs.
 * @returns CSV text with a header row and a final newline.
 * @example
 * toNonmemCsv(parseRegimenText('50 mg oral daily for 14 days').value)
 * //=> 'ID,TIME,AMT,EVID,CMT,II,ADDL,FORM,WT,AGE,CRCL,HEPATIC,DEP\n1,0,50,1,1,24,13,oral-tablet,.,.,.,.,.\n'
 */
export function toNonmemCsv(
  regimens: Regimen | readonly { readonly id: string | number; readonly regimen: Regimen }[],
): string {
  const list = 'doses' in regimens ? [{ id: 1, regimen: regimens }] : regimens;
  const lines = [header];
  for (const { id, regimen } of list) {
    const covariates = covariateCells(regimen.subject);
    for (const run of groupRuns(regimen.doses)) {
      const { atHours, amountMg, form } = run.first;
      const ii = run.count > 1 ? run.everyHours : 0;
      lines.push(
        [id, atHours, amountMg, 1, cmtByForm[form], ii, run.count - 1, form, covariates].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
