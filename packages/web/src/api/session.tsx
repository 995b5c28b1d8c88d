import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import { ApiError } from './client';
import { api } from './endpoints';
import type { Me } from './types';

/** The signed-in user (or null), and how to sign in or out. */
export interface Session {
  readonly me: Me | null;
  readonly loading: boolean;
  readonly login: (email: string, password: string) => Promise<Me>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session to the app; reads GET /api/me once. */
export function SessionProvider({ children }: { children: ReactNode }): ReactElement {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.me();
      } catch (e) {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
          return null;
        }
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
  const value = useMemo<Session>(
    () => ({
      me: query.data ?? null,
      loading: query.isPending,
      login: async (email, password) => {
        await api.login(email, password);
        const me = await api.me();
        client.setQueryData(['me'], me);
        return me;
      },
      logout: async () => {
        await api.logout().catch(() => undefined);
        client.clear();
        client.setQueryData(['me'], null);
      },
    }),
    [query.data, query.isPending, client],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used inside {@link SessionProvider}. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) {
    throw new Error('useSession outside SessionProvider');
  }
  return s;
}
