import type { DoseForm, DoseInput, Issue, Regimen, Result } from '../types';
import { doseForms } from '../types';
import { formatPath } from './issue';
import { formByCmt, hepaticByCode } from './nonmem-columns';
import { parseRegimen } from './parse-regimen';

/** One subject's regimen read from a NONMEM-style data set. */
export interface NonmemRegimen {
  /** The ID column's value as written. */
  readonly id: string;
  readonly regimen: Regimen;
}

interface Row {
  readonly line: number;
  readonly cells: ReadonlyMap<string, string>;
}

const covariateColumns: Readonly<Record<string, string>> = {
  weightKg: 'WT',
  ageYears: 'AGE',
  creatinineClearanceMlPerMin: 'CRCL',
  hepatic: 'HEPATIC',
  dependent: 'DEP',
};
const doseFieldColumns: Readonly<Record<string, string>> = {
  atHours: 'TIME',
  amountMg: 'AMT',
  everyHours: 'II',
  count: 'ADDL',
  form: 'CMT',
};

const rowIssue = (
  code: Issue['code'],
  line: number,
  column: string,
  value: string | undefined,
  allowed: string,
): Issue => ({
  code,
  path: ['line', line, column],
  message: `line ${line}, column ${column} is ${value === undefined || value === '' ? 'empty' : value}; allowed: ${allowed}`,
});

/**
 * Reads a NONMEM-style data set (comma- or whitespace-separated, header row first) into one
 * regimen per ID, in order of first appearance. Dose rows have `EVID` 1; `EVID` 0 and 2 rows
 * (observations, other events) are skipped and must have no `AMT`. `ADDL` needs `II` (> 0) and
 * gives `ADDL + 1` doses. The form comes from a `FORM` column (form name) or else from `CMT`
 * (1 oral-tablet, 2 er-tablet, 3 xr-injection, 4 implant). Covariates `WT` (kg), `AGE` (years),
 * `CRCL` (mL/min), `HEPATIC` (0/1/2 or name) and `DEP` (0/1) must be constant within an ID.
 * Unsupported NONMEM features are refused: `SS` ≠ 0, `RATE` ≠ 0, `EVID` 3 or 4. `.` means empty.
 * Lines starting with `#` are comments. Other columns (DV, MDV, …) are ignored.
 *
 * @param text - The file's text.
 * @returns Regimens by ID, or Issues naming the line (1 = header) and column.
 * @example
 * parseNonmemCsv('ID,TIME,AMT,EVID,CMT,II,ADDL\n1,0,50,1,1,24,13')
 * //=> { ok: true, value: [{ id: '1', regimen: { subject: {}, doses: [14 doses of 50 mg oral-tablet, 24 h apart] } }] }
 */
export function parseNonmemCsv(text: string): Result<NonmemRegimen[]> {
  const table = readTable(text);
  if (!table.ok) {
    return table;
  }
  const byId = new Map<string, Row[]>();
  for (const row of table.value) {
    const id = row.cells.get('ID') ?? '';
    byId.set(id, [...(byId.get(id) ?? []), row]);
  }
  const issues: Issue[] = [];
  const regimens: NonmemRegimen[] = [];
  for (const [id, rows] of byId) {
    const regimen = regimenForId(rows, issues);
    if (regimen !== undefined) {
      regimens.push({ id, regimen });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: regimens };
}

function readTable(text: string): Result<Row[]> {
  const lines = text
    .split(/\r?\n/u)
    .map((content, i) => ({ content: content.trim(), line: i + 1 }));
  const useful = lines.filter((l) => l.content !== '' && !l.content.startsWith('#'));
  const header = useful[0];
  if (header === undefined) {
    return {
      ok: false,
      issues: [
        {
          code: 'missing',
          path: ['line', 1],
          message: 'the file is empty; allowed: a header row ID,TIME,AMT,EVID,… then data rows',
        },
      ],
    };
  }
  const split = (s: string): string[] =>
    (header.content.includes(',') ? s.split(',') : s.split(/\s+/u)).map((c) =>
      c.trim().replace(/^"(.*)"$/u, '$1'),
    );
  const names = split(header.content).map((n) => n.toUpperCase());
  const missing = ['ID', 'TIME', 'AMT', 'EVID'].filter((n) => !names.includes(n));
  if (!names.includes('CMT') && !names.includes('FORM')) {
    missing.push('CMT or FORM');
  }
  if (missing.length > 0) {
    return {
      ok: false,
      issues: [
        {
          code: 'missing',
          path: ['line', header.line],
          message: `line ${header.line} (header) lacks column ${missing.join(', ')}; allowed: a header with ID, TIME, AMT, EVID and CMT or FORM (plus II, ADDL, WT, AGE, CRCL, HEPATIC, DEP)`,
        },
      ],
    };
  }
  const issues: Issue[] = [];
  const rows = useful.slice(1).map(({ content, line }) => {
    const cells = split(content);
    if (cells.length !== names.length) {
      issues.push({
        code: 'invalid_type',
        path: ['line', line],
        message: `line ${line} has ${cells.length} values; allowed: ${names.length}, one per header column`,
      });
    }
    return {
      line,
      cells: new Map(names.map((n, i) => [n, cells[i] === '.' ? '' : (cells[i] ?? '')])),
    };
  });
  if (rows.length === 0) {
    issues.push({
      code: 'missing',
      path: ['line', header.line + 1],
      message: 'no data rows after the header; allowed: at least one dose row (EVID 1)',
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: rows };
}

function num(
  row: Row,
  column: string,
  issues: Issue[],
  allowed: string,
  check: (n: number) => boolean,
  empty?: number,
): number | undefined {
  const raw = row.cells.get(column) ?? '';
  if (raw === '' && empty !== undefined) {
    return empty;
  }
  const n = Number(raw);
  if (raw === '' || !Number.isFinite(n) || !check(n)) {
    issues.push(rowIssue(raw === '' ? 'missing' : 'out_of_range', row.line, column, raw, allowed));
    return undefined;
  }
  return n;
}

function regimenForId(rows: readonly Row[], issues: Issue[]): Regimen | undefined {
  const before = issues.length;
  const doses: DoseInput[] = [];
  const sourceRows: Row[] = [];
  let lastTime = -Infinity;
  for (const row of rows) {
    const evid = num(
      row,
      'EVID',
      issues,
      '0 (observation), 1 (dose) or 2 (other event)',
      (n) => n === 0 || n === 1 || n === 2,
    );
    const time = num(
      row,
      'TIME',
      issues,
      'a finite number of hours >= 0, not decreasing within an ID',
      (n) => n >= 0 && n >= lastTime,
    );
    lastTime = time ?? lastTime;
    num(
      row,
      'SS',
      issues,
      '0 or empty (steady-state records are not supported)',
      (n) => n === 0,
      0,
    );
    num(
      row,
      'RATE',
      issues,
      '0 or empty (zero-order infusions are not supported)',
      (n) => n === 0,
      0,
    );
    if (evid !== 1) {
      num(
        row,
        'AMT',
        issues,
        `0 or empty on a row with EVID ${evid ?? '?'} (only EVID 1 rows are doses)`,
        (n) => n === 0,
        0,
      );
      num(row, 'ADDL', issues, `0 or empty on a row with EVID ${evid ?? '?'}`, (n) => n === 0, 0);
      continue;
    }
    const dose = doseRow(row, time, issues);
    if (dose !== undefined) {
      doses.push(dose);
      sourceRows.push(row);
    }
  }
  const subject = subjectOf(rows, issues);
  if (issues.length > before) {
    return undefined;
  }
  if (doses.length === 0) {
    issues.push({
      code: 'missing',
      path: ['line', rows[0]?.line ?? 0, 'EVID'],
      message: `ID ${rows[0]?.cells.get('ID') ?? ''} has no dose rows (EVID 1); allowed: at least one`,
    });
    return undefined;
  }
  const result = parseRegimen({ subject, doses });
  if (result.ok) {
    return result.value;
  }
  issues.push(...result.issues.map((i) => relocate(i, sourceRows, rows)));
  return undefined;
}

function doseRow(row: Row, time: number | undefined, issues: Issue[]): DoseInput | undefined {
  const amount = num(row, 'AMT', issues, 'a dose in mg > 0 on an EVID 1 row', (n) => n > 0);
  const addl = num(
    row,
    'ADDL',
    issues,
    'a whole number >= 0 of additional doses',
    (n) => Number.isInteger(n) && n >= 0,
    0,
  );
  const ii = num(row, 'II', issues, 'an interval in hours >= 0', (n) => n >= 0, 0);
  if (addl !== undefined && ii !== undefined && addl > 0 !== ii > 0) {
    const column = addl > 0 ? 'II' : 'ADDL';
    const allowed =
      addl > 0
        ? 'an interval > 0 hours whenever ADDL > 0'
        : 'ADDL > 0 whenever II > 0 (SS is not supported)';
    issues.push(rowIssue('conflict', row.line, column, row.cells.get(column), allowed));
    return undefined;
  }
  const form = formOf(row, issues);
  if (
    amount === undefined ||
    time === undefined ||
    form === undefined ||
    addl === undefined ||
    ii === undefined
  ) {
    return undefined;
  }
  return {
    atHours: time,
    amountMg: amount,
    form,
    ...(addl > 0 ? { everyHours: ii, count: addl + 1 } : {}),
  };
}

function formOf(row: Row, issues: Issue[]): DoseForm | undefined {
  const name = row.cells.get('FORM') ?? '';
  if (name !== '') {
    if ((doseForms as readonly string[]).includes(name)) {
      return name as DoseForm;
    }
    issues.push(
      rowIssue('unknown_value', row.line, 'FORM', name, `one of ${doseForms.join(', ')}`),
    );
    return undefined;
  }
  const cmt = row.cells.get('CMT') ?? '';
  const form = formByCmt[Number(cmt)];
  if (cmt === '' || form === undefined) {
    issues.push(
      rowIssue(
        cmt === '' ? 'missing' : 'unknown_value',
        row.line,
        'CMT',
        cmt,
        '1 (oral-tablet), 2 (er-tablet), 3 (xr-injection), 4 (implant), or a FORM column',
      ),
    );
  }
  return form;
}

function subjectOf(rows: readonly Row[], issues: Issue[]): Record<string, unknown> {
  const subject: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(covariateColumns)) {
    const first = rows.find((r) => (r.cells.get(column) ?? '') !== '');
    const value = first?.cells.get(column);
    if (first === undefined || value === undefined) {
      continue;
    }
    const changed = rows.find(
      (r) => (r.cells.get(column) ?? '') !== '' && r.cells.get(column) !== value,
    );
    if (changed !== undefined) {
      issues.push(
        rowIssue(
          'conflict',
          changed.line,
          column,
          changed.cells.get(column),
          `the same value on every row of an ID (time-varying covariates are not supported; line ${first.line} has ${value})`,
        ),
      );
      continue;
    }
    subject[field] = covariateValue(field, value);
  }
  return subject;
}

function covariateValue(field: string, value: string): unknown {
  if (field === 'hepatic') {
    return hepaticByCode[Number(value)] ?? value;
  }
  if (field === 'dependent') {
    return value === '1' ? true : value === '0' ? false : value;
  }
  return Number.isFinite(Number(value)) ? Number(value) : value;
}

/** Turns a `doses[k].field` or `subject.field` issue from parseRegimen into a line/column issue. */
function relocate(issue: Issue, sourceRows: readonly Row[], rows: readonly Row[]): Issue {
  const [head, index, field] = issue.path;
  const row = head === 'doses' && typeof index === 'number' ? sourceRows[index] : rows[0];
  const key = head === 'doses' ? String(field) : String(index);
  const column = (head === 'doses' ? doseFieldColumns[key] : covariateColumns[key]) ?? key;
  const line = row?.line ?? 0;
  const message = issue.message.replace(formatPath(issue.path), `line ${line}, column ${column}`);
  return { ...issue, path: ['line', line, column], message };
}
