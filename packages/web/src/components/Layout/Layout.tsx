import type { ReactElement, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../api/session';
import { navFor } from '../../roles';

function NavLink({
  href,
  children,
  active,
}: {
  href: string;
  children: ReactNode;
  active: boolean;
}): ReactElement {
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
  const [location, navigate] = useLocation();
  const links = navFor(me?.role);
  // The longest link that is the current path or a parent of it is the current page.
  const current = links
    .map(([href]) => href)
    .filter((href) => location === href || location.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
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
            <NavLink key={href} href={href} active={href === current}>
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
