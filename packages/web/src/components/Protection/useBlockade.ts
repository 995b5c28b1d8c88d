import { useMemo } from 'react';
import { usePatient, useRecords } from '../../api/hooks';
import type { DoseRecord, PatientDto } from '../../api/types';
import type { PatientBlockade } from '../../engine/patient-blockade';
import { estimatePatientBlockade } from '../../engine/patient-blockade';

/** Patient, doses and the in-browser estimate of their blockade (recomputed when doses change). */
export function usePatientBlockade(
  id: string | undefined,
  band = true,
): {
  patient: PatientDto | undefined;
  doses: DoseRecord[] | undefined;
  blockade: PatientBlockade | undefined;
  loading: boolean;
  error: unknown;
} {
  const patient = usePatient(id);
  const doses = useRecords(id, 'doses');
  const blockade = useMemo(() => {
    if (!patient.data || !doses.data) {
      return undefined;
    }
    return estimatePatientBlockade(patient.data, doses.data, Date.now(), band);
  }, [patient.data, doses.data, band]);
  return {
    patient: patient.data,
    doses: doses.data,
    blockade,
    loading: patient.isPending || doses.isPending,
    error: patient.error ?? doses.error,
  };
}
