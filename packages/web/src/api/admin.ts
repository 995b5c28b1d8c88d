// Admin routes (user management, the clinic's audit log, CDS Hooks feedback) and their React Query
// hooks. Shapes follow packages/api/src/routes/rest/admin.ts and routes/cds-hooks/admin.ts.
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, request } from './client';
import type { Role } from './types';

/** A user of the clinic as GET /api/users returns it (never the password hash). */
export interface UserDto {
  readonly id: string;
  readonly clinicId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly patientId?: string;
  readonly active: boolean;
  readonly createdAt: string;
}

/** The body of POST /api/users; `patientId` is required for, and only for, role `patient`. */
export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
  readonly patientId?: string;
}

/** The body of PATCH /api/users/{userId}. */
export interface UserPatch {
  readonly displayName?: string;
  readonly active?: boolean;
  readonly password?: string;
}

/** One audit event (GET /api/audit), newest first. */
export interface AuditEventDto {
  readonly id: string;
  readonly clinicId: string;
  /** ISO 8601 timestamp. */
  readonly at: string;
  readonly actorUserId?: string;
  readonly actorRole: string;
  /** Dotted verb, e.g. `patient.read`, `diary.create`, `auth.login`. */
  readonly action: string;
  readonly patientId?: string;
  /** `success`, `denied`, `not-found`, `invalid` or `error`. */
  readonly outcome: string;
}

/** One row of GET /api/cds/feedback-summary. */
export interface TopicFeedbackDto {
  readonly topic: string;
  readonly accepted: number;
  readonly overridden: number;
  /** Overridden / (accepted + overridden), 0-1. */
  readonly overrideRate: number;
  readonly reasons: Readonly<Record<string, number>>;
}

/** GET /api/cds/feedback-summary: the window and the rows, most overridden first. */
export interface FeedbackSummaryDto {
  readonly from: string;
  readonly to: string;
  readonly topics: readonly TopicFeedbackDto[];
}

/** Most events the audit page reads at once (the server allows up to 10 000). */
export const auditLimit = 2000;

/** The URL of the clinic's audit log as a FHIR R4 Bundle of AuditEvent (the cookie authorises it). */
export const auditFhirUrl = `/api/audit?format=fhir&limit=${auditLimit}`;

const userPath = (id: string): string => `/api/users/${encodeURIComponent(id)}`;

/** The admin routes, one function per route. */
export const adminApi = {
  /** GET /api/users: the clinic's users. */
  users: (): Promise<UserDto[]> => get<UserDto[]>('/api/users'),
  /** POST /api/users: create a user. */
  createUser: (body: NewUser): Promise<UserDto> => post<UserDto>('/api/users', body),
  /** PATCH /api/users/{userId}: rename, (de)activate or reset the password. */
  updateUser: (id: string, body: UserPatch): Promise<UserDto> =>
    request<UserDto>('PATCH', userPath(id), body),
  /** GET /api/audit: the clinic's audit log, newest first. */
  audit: (): Promise<AuditEventDto[]> => get<AuditEventDto[]>(`/api/audit?limit=${auditLimit}`),
  /** GET /api/cds/feedback-summary: CDS card feedback per topic over the last `days` days. */
  feedbackSummary: (days: number): Promise<FeedbackSummaryDto> =>
    get<FeedbackSummaryDto>(`/api/cds/feedback-summary?days=${days}`),
};

/** GET /api/users. */
export const useUsers = (): UseQueryResult<UserDto[]> =>
  useQuery({ queryKey: ['users'], queryFn: adminApi.users });

/** GET /api/audit. */
export const useAudit = (): UseQueryResult<AuditEventDto[]> =>
  useQuery({ queryKey: ['audit'], queryFn: adminApi.audit });

/** GET /api/cds/feedback-summary. */
export const useFeedbackSummary = (days: number): UseQueryResult<FeedbackSummaryDto> =>
  useQuery({ queryKey: ['cds-feedback', days], queryFn: () => adminApi.feedbackSummary(days) });

/** POST /api/users; refreshes the user list and the audit log. */
export function useCreateUser(): UseMutationResult<UserDto, Error, NewUser> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: adminApi.createUser,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['users'] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** PATCH /api/users/{userId}; refreshes the user list and the audit log. */
export function useUpdateUser(): UseMutationResult<
  UserDto,
  Error,
  { id: string; patch: UserPatch }
> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => adminApi.updateUser(id, patch),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['users'] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
