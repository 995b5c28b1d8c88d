import type { ReactElement, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../api/session';

function NavLink({ href, children }: { href: string; children: ReactNode }): ReactElement {
  const [location] = useLocation();
  const active = location === href || (href !== '/' && location.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Page frame: skip link, header with navigation for the signed-in role, main landmark. */
export function Layout({
  children,
  narrow = false,
}: {
  children: ReactNode;
  narrow?: boolean;
}): ReactElement {
  const { me, logout } = useSession();
  const [, navigate] = useLocation();
  const links: [string, string][] =
    me?.role === 'patient'
      ? [
          ['/me', 'Today'],
          ['/me/protection', 'Protection'],
          ['/me/sinclair', 'Sinclair'],
          ['/learn', 'Learn'],
        ]
      : me
        ? [
            ['/clinic', 'Dashboard'],
            ['/planner', 'Planner'],
            ['/knowledge', 'Knowledge'],
          ]
        : [
            ['/planner', 'Planner'],
            ['/learn', 'Learn'],
            ['/login', 'Sign in'],
          ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <span aria-hidden="true">◐</span> Blockade
        </Link>
        <nav className="app-nav" aria-label="Main">
          {links.map(([href, label]) => (
            <NavLink key={href} href={href}>
              {label}
            </NavLink>
          ))}
          {me && (
            <button
              type="button"
              className="linklike"
              onClick={() => {
                void logout().then(() => navigate('/login'));
              }}
            >
              Sign out
            </button>
          )}
        </nav>
      </header>
      <main id="main" className={narrow ? 'narrow' : undefined} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
