import type { ReactElement } from 'react';
import { lazy, Suspense } from 'react';
import { Link, Redirect, Route, Switch } from 'wouter';
import { useSession } from './api/session';
import type { Role } from './api/types';
import { Layout } from './components/Layout/Layout';
import { Loading } from './components/Status/Status';
import { LoginPage } from './pages/shared/LoginPage';
import { homeFor, roleNames } from './roles';

// Pages with charts load on demand so the first page is small and interactive at once.
const named = <K extends string>(
  load: () => Promise<Record<K, () => ReactElement>>,
  name: K,
): ReturnType<typeof lazy> => lazy(() => load().then((m) => ({ default: m[name] })));

const PlannerPage = named(() => import('./pages/clinician/PlannerPage'), 'PlannerPage');
const DashboardPage = named(() => import('./pages/clinician/DashboardPage'), 'DashboardPage');
const PatientPage = named(() => import('./pages/clinician/PatientPage'), 'PatientPage');
const KnowledgePage = named(() => import('./pages/shared/KnowledgePage'), 'KnowledgePage');
const LearnPage = named(() => import('./pages/shared/LearnPage'), 'LearnPage');
const TodayPage = named(() => import('./pages/patient/TodayPage'), 'TodayPage');
const ProtectionPage = named(() => import('./pages/patient/ProtectionPage'), 'ProtectionPage');
const SinclairPage = named(() => import('./pages/patient/SinclairPage'), 'SinclairPage');
const UsersPage = named(() => import('./pages/admin/UsersPage'), 'UsersPage');
const AuditPage = named(() => import('./pages/admin/AuditPage'), 'AuditPage');
const FeedbackPage = named(() => import('./pages/admin/FeedbackPage'), 'FeedbackPage');

function Home(): ReactElement {
  const { me, loading } = useSession();
  if (loading) {
    return <Loading />;
  }
  if (!me) {
    return <Redirect to="/login" />;
  }
  return <Redirect to={homeFor(me.role)} />;
}

/** Shown instead of a page the signed-in role may not use (the server would refuse it anyway). */
function NotForYou({ role, allowed }: { role: Role; allowed: readonly Role[] }): ReactElement {
  return (
    <Layout narrow>
      <h1>Not available for your account</h1>
      <div role="alert" className="notice warn">
        <p>
          This page is for {allowed.map((r) => roleNames[r]).join(' and ')}; you are signed in as
          one of the {roleNames[role]}.
        </p>
      </div>
      <p>
        <Link href={homeFor(role)}>Go to your home page</Link>
      </p>
    </Layout>
  );
}

/**
 * Requires a signed-in user (others go to the sign-in page) whose role is in `roles`; other roles
 * see a clear message instead of a page the server would refuse.
 */
function Private({
  children,
  roles,
}: {
  children: ReactElement;
  roles: readonly Role[];
}): ReactElement {
  const { me, loading } = useSession();
  if (loading) {
    return <Loading />;
  }
  if (!me) {
    return <Redirect to="/login" />;
  }
  return roles.includes(me.role) ? children : <NotForYou role={me.role} allowed={roles} />;
}

/** The web app's routes. */
export function App(): ReactElement {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={Home} />
        <Route path="/login" component={LoginPage} />
        <Route path="/planner" component={PlannerPage} />
        <Route path="/knowledge" component={KnowledgePage} />
        <Route path="/knowledge/:id" component={KnowledgePage} />
        <Route path="/learn" component={LearnPage} />
        <Route path="/learn/:id" component={LearnPage} />
        <Route path="/clinic">
          <Private roles={['clinician']}>
            <DashboardPage />
          </Private>
        </Route>
        <Route path="/clinic/patients/:id">
          <Private roles={['clinician']}>
            <PatientPage />
          </Private>
        </Route>
        <Route path="/me">
          <Private roles={['patient']}>
            <TodayPage />
          </Private>
        </Route>
        <Route path="/me/protection">
          <Private roles={['patient']}>
            <ProtectionPage />
          </Private>
        </Route>
        <Route path="/me/sinclair">
          <Private roles={['patient']}>
            <SinclairPage />
          </Private>
        </Route>
        <Route path="/admin">
          <Private roles={['admin']}>
            <UsersPage />
          </Private>
        </Route>
        <Route path="/admin/audit">
          <Private roles={['admin']}>
            <AuditPage />
          </Private>
        </Route>
        <Route path="/admin/cds">
          <Private roles={['admin']}>
            <FeedbackPage />
          </Private>
        </Route>
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </Suspense>
  );
}
