import type { FormEvent, ReactElement } from 'react';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useSession } from '../../api/session';
import { Layout } from '../../components/Layout/Layout';
import { homeFor } from '../../roles';

/** Sign-in form for clinicians, admins and patients. */
export function LoginPage(): ReactElement {
  const { login, me } = useSession();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Navigate once the session holds the user, so the next page never sees a stale "signed out".
  useEffect(() => {
    if (me) {
      navigate(homeFor(me.role), { replace: true });
    }
  }, [me, navigate]);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    login(email, password).catch((err: unknown) => {
      setError(err instanceof Error ? err.message : 'Sign-in failed');
      setBusy(false);
    });
  };
  return (
    <Layout narrow>
      <section className="card">
        <h1>Sign in</h1>
        <p className="muted">Clinic staff and patients use the same sign-in.</p>
        {error && (
          <div role="alert" className="notice danger">
            <p>{error}</p>
          </div>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="email">Email</label>
            <input
              id="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
      <p className="small muted">
        Blockade supports treatment with naltrexone. Model outputs are estimates, not measurements,
        and do not replace clinical judgement.
      </p>
    </Layout>
  );
}
