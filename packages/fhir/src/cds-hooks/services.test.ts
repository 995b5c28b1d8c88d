import { describe, expect, test } from 'vitest';
import { blockadeCdsServices, blockadePrefetch } from './services';

describe('CDS service discovery', () => {
  test('one service per hook, each with the same patient-scoped prefetch', () => {
    const services = blockadeCdsServices();
    expect(services.map((s) => [s.id, s.hook])).toEqual([
      ['blockade-patient-view', 'patient-view'],
      ['blockade-order-select', 'order-select'],
      ['blockade-order-sign', 'order-sign'],
    ]);
    for (const template of Object.values(blockadePrefetch)) {
      expect(template).toContain('{{context.patientId}}');
    }
  });
});
