// Typed calls for every REST route the web app uses (issue 5, "HTTP"). Wiring lives here only.
import { get, post, request, setToken } from './client';
import {
  normalizeBlockade,
  normalizeCards,
  normalizeCoverage,
  normalizePatient,
} from './normalize';
import type {
  BlockadeDto,
  CardDto,
  CoverageRow,
  Me,
  OutcomesDto,
  PatientDto,
  RecordKinds,
} from './types';

const patientPath = (id: string): string => `/api/patients/${encodeURIComponent(id)}`;

/** The input shape of a record kind (the stored shape without server fields). */
export type RecordInput<K extends keyof RecordKinds> = Omit<
  RecordKinds[K],
  'id' | 'patientId' | 'recordedAt' | 'recordedBy'
>;

/** The REST API, one function per route. */
export const api = {
  /** POST /api/auth/login: sets the session cookie and returns the token. */
  async login(email: string, password: string): Promise<void> {
    const { token } = await post<{ token?: string }>('/api/auth/login', { email, password });
    setToken(token);
  },
  /** POST /api/auth/logout (best effort) and forget the token. */
  async logout(): Promise<void> {
    try {
      await request('POST', '/api/auth/logout');
    } finally {
      setToken(undefined);
    }
  },
  /** GET /api/me: who is signed in. */
  me: (): Promise<Me> => get<Me>('/api/me'),
  /** GET /api/patients. */
  patients: async (): Promise<PatientDto[]> =>
    (await get<unknown[]>('/api/patients')).map(normalizePatient),
  /** GET /api/patients/{id}. */
  patient: async (id: string): Promise<PatientDto> =>
    normalizePatient(await get<unknown>(patientPath(id))),
  /** GET /api/patients/{id}/{kind}: records of one kind, oldest first. */
  records: <K extends keyof RecordKinds>(id: string, kind: K): Promise<RecordKinds[K][]> =>
    get<RecordKinds[K][]>(`${patientPath(id)}/${kind}`),
  /** POST /api/patients/{id}/{kind}: add one record. */
  addRecord: <K extends keyof RecordKinds>(
    id: string,
    kind: K,
    body: RecordInput<K>,
  ): Promise<RecordKinds[K]> => post<RecordKinds[K]>(`${patientPath(id)}/${kind}`, body),
  /** GET /api/patients/{id}/blockade: estimated levels and μ occupancy, past and 30 days ahead. */
  blockade: async (id: string): Promise<BlockadeDto> =>
    normalizeBlockade(await get<unknown>(`${patientPath(id)}/blockade`)),
  /** GET /api/patients/{id}/cards: decision-support cards now. */
  cards: async (id: string): Promise<CardDto[]> =>
    normalizeCards(await get<unknown>(`${patientPath(id)}/cards`)),
  /** GET /api/patients/{id}/outcomes. */
  outcomes: (id: string): Promise<OutcomesDto> => get<OutcomesDto>(`${patientPath(id)}/outcomes`),
  /** GET /api/clinic/coverage: patients sorted by risk. */
  coverage: async (): Promise<CoverageRow[]> =>
    normalizeCoverage(await get<unknown>('/api/clinic/coverage')),
};
