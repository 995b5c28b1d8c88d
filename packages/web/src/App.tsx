import type { ReactElement } from 'react';
import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useSession } from './api/session';
import { Loading } from './components/Status/Status';
import { LoginPage } from './pages/shared/LoginPage';

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

function Home(): ReactElement {
  const { me, loading } = useSession();
  if (loading) {
    return <Loading />;
  }
  if (!me) {
    return <Redirect to="/login" />;
  }
  return <Redirect to={me.role === 'patient' ? '/me' : '/clinic'} />;
}

/** Requires a signed-in user; sends others to the sign-in page. */
function Private({ children }: { children: ReactElement }): ReactElement {
  const { me, loading } = useSession();
  if (loading) {
    return <Loading />;
  }
  return me ? children : <Redirect to="/login" />;
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
          <Private>
            <DashboardPage />
          </Private>
        </Route>
        <Route path="/clinic/patients/:id">
          <Private>
            <PatientPage />
          </Private>
        </Route>
        <Route path="/me">
          <Private>
            <TodayPage />
          </Private>
        </Route>
        <Route path="/me/protection">
          <Private>
            <ProtectionPage />
          </Private>
        </Route>
        <Route path="/me/sinclair">
          <Private>
            <SinclairPage />
          </Private>
        </Route>
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </Suspense>
  );
}
