// React Query hooks over the API client: one cache key per resource, and mutations that refresh
// everything derived from a patient's records (records, cards, coverage).
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecordInput } from './endpoints';
import { api } from './endpoints';
import type { CardDto, CoverageRow, OutcomesDto, PatientDto, RecordKinds } from './types';

/** GET /api/patients/{id}. */
export const usePatient = (id: string | undefined): UseQueryResult<PatientDto> =>
  useQuery({
    queryKey: ['patient', id],
    queryFn: () => api.patient(id ?? ''),
    enabled: id !== undefined && id !== '',
  });

/** GET /api/patients/{id}/{kind}. */
export function useRecords<K extends keyof RecordKinds>(
  id: string | undefined,
  kind: K,
): UseQueryResult<RecordKinds[K][]> {
  return useQuery({
    queryKey: ['records', id, kind],
    queryFn: () => api.records(id ?? '', kind),
    enabled: id !== undefined && id !== '',
  });
}

/** GET /api/patients/{id}/cards (empty list when the route is not available). */
export const useCards = (id: string | undefined): UseQueryResult<CardDto[]> =>
  useQuery({
    queryKey: ['cards', id],
    queryFn: () => api.cards(id ?? ''),
    enabled: id !== undefined && id !== '',
  });

/** GET /api/patients/{id}/outcomes. */
export const useOutcomes = (id: string | undefined): UseQueryResult<OutcomesDto> =>
  useQuery({
    queryKey: ['records', id, 'outcomes'],
    queryFn: () => api.outcomes(id ?? ''),
    enabled: id !== undefined && id !== '',
  });

/** GET /api/clinic/coverage. */
export const useCoverage = (): UseQueryResult<CoverageRow[]> =>
  useQuery({ queryKey: ['coverage'], queryFn: api.coverage });

/** GET /api/patients. */
export const usePatients = (): UseQueryResult<PatientDto[]> =>
  useQuery({ queryKey: ['patients'], queryFn: api.patients });

/** POST /api/patients/{id}/{kind}; refreshes the patient's records, cards and the clinic list. */
export function useAddRecord<K extends keyof RecordKinds>(
  id: string | undefined,
  kind: K,
): UseMutationResult<RecordKinds[K], Error, RecordInput<K>> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordInput<K>) => api.addRecord(id ?? '', kind, body),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['records', id] }),
        client.invalidateQueries({ queryKey: ['cards', id] }),
        client.invalidateQueries({ queryKey: ['coverage'] }),
      ]);
    },
  });
}
