import { describe, expect, test } from 'vitest';
import { parseNonmemCsv } from './parse-nonmem-csv';
import { parseRegimenText } from './parse-regimen-text';
import { toNonmemCsv } from './to-nonmem-csv';

const header = 'ID,TIME,AMT,EVID,CMT,II,ADDL';

describe('parseNonmemCsv', () => {
  test('ADDL + II expand like the same doses written out (ADDL 13 → 14 doses)', () => {
    const repeated = parseNonmemCsv(`${header}\n1,0,50,1,1,24,13\n`);
    const listed = parseNonmemCsv(
      [header, ...Array.from({ length: 14 }, (_, k) => `1,${24 * k},50,1,1,0,0`)].join('\n'),
    );
    expect(repeated.ok && repeated.value[0]?.regimen.doses).toHaveLength(14);
    expect(repeated).toEqual(listed);
  });

  test('one regimen per ID with covariates, forms by CMT and FORM, observation rows skipped', () => {
    const csv = [
      'ID,TIME,AMT,EVID,CMT,II,ADDL,DV,FORM,WT,AGE,CRCL,HEPATIC,DEP',
      '7,0,380,1,3,.,.,.,.,82,45,110,1,1',
      '7,24,.,0,.,.,.,1.5,.,82,45,110,1,1',
      '8,0,3300,1,.,0,0,.,implant,.,.,.,.,0',
    ].join('\n');
    const r = parseNonmemCsv(csv);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toEqual([
      {
        id: '7',
        regimen: {
          subject: {
            weightKg: 82,
            ageYears: 45,
            creatinineClearanceMlPerMin: 110,
            hepatic: 'compensated-cirrhosis',
            dependent: true,
          },
          doses: [{ atHours: 0, amountMg: 380, form: 'xr-injection' }],
        },
      },
      {
        id: '8',
        regimen: {
          subject: { dependent: false },
          doses: [{ atHours: 0, amountMg: 3300, form: 'implant' }],
        },
      },
    ]);
  });

  test('reads whitespace-separated files and skips # comments', () => {
    const r = parseNonmemCsv('# exported from R\nID TIME AMT EVID CMT\n1 0 50 1 1\n');
    expect(r.ok && r.value[0]?.regimen.doses).toEqual([
      { atHours: 0, amountMg: 50, form: 'oral-tablet' },
    ]);
  });

  test('round trip: toNonmemCsv then parseNonmemCsv gives the same regimen', () => {
    const original = parseRegimenText(
      '380 mg xr once from day 30 + 100 mg oral mon,wed + 150 mg oral fri for 4 weeks',
    );
    if (!original.ok) {
      throw new Error('fixture');
    }
    const csv = toNonmemCsv(original.value);
    expect(csv.split('\n')[0]).toBe('ID,TIME,AMT,EVID,CMT,II,ADDL,FORM,WT,AGE,CRCL,HEPATIC,DEP');
    const back = parseNonmemCsv(csv);
    expect(back.ok && back.value[0]?.regimen).toEqual(original.value);
  });

  test('export compresses runs into II/ADDL', () => {
    const r = parseRegimenText('50 mg oral daily for 14 days');
    expect(r.ok && toNonmemCsv(r.value)).toBe(
      'ID,TIME,AMT,EVID,CMT,II,ADDL,FORM,WT,AGE,CRCL,HEPATIC,DEP\n1,0,50,1,1,24,13,oral-tablet,.,.,.,.,.\n',
    );
  });
});

const errors: readonly {
  name: string;
  csv: string;
  path: readonly (string | number)[];
  says: RegExp;
}[] = [
  {
    name: 'ADDL without II',
    csv: `${header}\n1,0,50,1,1,.,3`,
    path: ['line', 2, 'II'],
    says: /line 2, column II is empty; allowed: an interval > 0 hours whenever ADDL > 0/,
  },
  {
    name: 'II without ADDL',
    csv: `${header}\n1,0,50,1,1,24,0`,
    path: ['line', 2, 'ADDL'],
    says: /ADDL > 0 whenever II > 0/,
  },
  {
    name: 'AMT on an observation row',
    csv: `${header}\n1,0,50,1,1,.,.\n1,5,10,0,1,.,.`,
    path: ['line', 3, 'AMT'],
    says: /is 10; allowed: 0 or empty on a row with EVID 0/,
  },
  {
    name: 'negative dose',
    csv: `${header}\n1,0,-50,1,1,.,.`,
    path: ['line', 2, 'AMT'],
    says: /is -50; allowed: a dose in mg > 0/,
  },
  {
    name: 'implausible dose (limit from the JSON form)',
    csv: `${header}\n1,0,50000,1,1,.,.`,
    path: ['line', 2, 'AMT'],
    says: /line 2, column AMT is 50000; allowed: .*<= 2000 for oral-tablet/,
  },
  {
    name: 'unknown CMT',
    csv: `${header}\n1,0,50,1,9,.,.`,
    path: ['line', 2, 'CMT'],
    says: /1 \(oral-tablet\)/,
  },
  {
    name: 'unknown FORM',
    csv: 'ID,TIME,AMT,EVID,FORM\n1,0,50,1,patch',
    path: ['line', 2, 'FORM'],
    says: /one of oral-tablet/,
  },
  {
    name: 'EVID 4 (reset) not supported',
    csv: `${header}\n1,0,50,4,1,.,.`,
    path: ['line', 2, 'EVID'],
    says: /0 \(observation\), 1 \(dose\)/,
  },
  {
    name: 'steady state not supported',
    csv: `${header},SS\n1,0,50,1,1,24,3,1`,
    path: ['line', 2, 'SS'],
    says: /steady-state records are not supported/,
  },
  {
    name: 'time not a number',
    csv: `${header}\n1,abc,50,1,1,.,.`,
    path: ['line', 2, 'TIME'],
    says: /finite number of hours/,
  },
  {
    name: 'time going backwards',
    csv: `${header}\n1,24,50,1,1,.,.\n1,0,50,1,1,.,.`,
    path: ['line', 3, 'TIME'],
    says: /not decreasing/,
  },
  {
    name: 'covariate changes within an ID',
    csv: `${header},WT\n1,0,50,1,1,.,.,70\n1,24,50,1,1,.,.,71`,
    path: ['line', 3, 'WT'],
    says: /time-varying covariates are not supported/,
  },
  {
    name: 'covariate out of range',
    csv: `${header},WT\n1,0,50,1,1,.,.,7000`,
    path: ['line', 2, 'WT'],
    says: /line 2, column WT is 7000; allowed: a number from 20 to 350 kg/,
  },
  {
    name: 'missing columns',
    csv: 'ID,TIME,AMT\n1,0,50',
    path: ['line', 1],
    says: /lacks column EVID, CMT or FORM/,
  },
  {
    name: 'wrong number of values',
    csv: `${header}\n1,0,50,1`,
    path: ['line', 2],
    says: /has 4 values; allowed: 7/,
  },
  { name: 'empty file', csv: '', path: ['line', 1], says: /the file is empty/ },
];

describe('parseNonmemCsv: refuses impossible rows, naming line and column', () => {
  test.each(errors)('$name', ({ csv, path, says }) => {
    const r = parseNonmemCsv(csv);
    expect(r.ok).toBe(false);
    const found = r.ok
      ? undefined
      : r.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(found, JSON.stringify(r)).toBeDefined();
    expect(found?.message).toMatch(says);
  });
});
