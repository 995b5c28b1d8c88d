import { describe, expect, test } from 'vitest';
import { loadRegimenFile, loadRegimenText } from './load-regimen';

describe('loadRegimenFile: detects the format', () => {
  test('JSON', () => {
    const r = loadRegimenFile(
      '{"doses":[{"atHours":0,"amountMg":50,"form":"oral-tablet","everyHours":24,"count":3}]}',
    );
    expect(r.ok && [r.value.source, r.value.regimen.doses.length]).toEqual(['json', 3]);
  });

  test('NONMEM CSV with one ID; --start labels hour 0', () => {
    const r = loadRegimenFile('ID,TIME,AMT,EVID,CMT\n1,0,50,1,1\n', { start: '2026-03-01T08:00Z' });
    expect(r.ok && [r.value.source, r.value.id, r.value.regimen.startIso]).toEqual([
      'nonmem-csv',
      '1',
      '2026-03-01T08:00:00Z',
    ]);
  });

  test('NONMEM CSV with several IDs needs --id', () => {
    const csv = 'ID,TIME,AMT,EVID,CMT\n1,0,50,1,1\n2,0,380,1,3\n';
    const missing = loadRegimenFile(csv);
    expect(missing.ok ? '' : missing.issues[0]?.message).toBe(
      "--id is missing; allowed: one of the file's IDs (1, 2)",
    );
    const chosen = loadRegimenFile(csv, { id: '2' });
    expect(chosen.ok && chosen.value.regimen.doses[0]?.form).toBe('xr-injection');
  });

  test('broken JSON and unknown formats are refused with what is allowed', () => {
    const json = loadRegimenFile('{"doses": [');
    expect(json.ok ? '' : json.issues[0]?.message).toMatch(
      /^input is not valid JSON .*allowed: a regimen object/,
    );
    const other = loadRegimenFile('hello');
    expect(other.ok ? '' : other.issues[0]?.message).toMatch(
      /allowed: a JSON regimen .* or a NONMEM-style CSV/,
    );
  });

  test('text notation', () => {
    const r = loadRegimenText('380 mg xr every 4 weeks x 3');
    expect(r.ok && r.value.regimen.doses.map((d) => d.atHours)).toEqual([0, 672, 1344]);
  });
});
