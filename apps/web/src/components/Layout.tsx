import { useQuery, useApolloClient } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { signInPath } from '../lib/apollo';
import { MeQuery } from '../lib/operations';
import { signOut } from '../lib/session';

function Header({ children }: { children?: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header pdt-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__homepage-link">
              <span className="govuk-header__product-name pdt-product-name">Partnership Delivery Tracker</span>
            </Link>
          </div>
        </div>
      </header>
      {children}
    </>
  );
}

function Footer() {
  return (
    <footer className="govuk-footer pdt-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/accessibility">
                  Accessibility statement
                </Link>
              </li>
            </ul>
            <p className="govuk-body-s pdt-footer__text">Partnership Delivery Tracker: Prevent, Pursue, Protect, Prepare.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** Moves focus to the top of the page on navigation, as a full page load would. */
function useFocusOnNavigate() {
  const location = useLocation();
  useEffect(() => {
    if (location.hash) return;
    window.scrollTo(0, 0);
    // A page showing a success message focuses the message itself.
    if ((location.state as { flash?: string } | null)?.flash) return;
    document.getElementById('main-content')?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on navigation only, not when the hash or the state change
  }, [location.pathname]);
}

/** Pages of a signed-in person: header, the service navigation, main content, footer. */
export function SignedInLayout({ children }: { children: ReactNode }) {
  useFocusOnNavigate();
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const client = useApolloClient();
  const navigate = useNavigate();
  const me = data?.me;
  const items: { to: string; label: string; end?: boolean }[] = [{ to: '/', label: 'Home', end: true }];
  if (me?.agency) items.push({ to: '/my-actions', label: 'My actions' });
  return (
    <>
      <Header>
        <div className="govuk-service-navigation pdt-nav">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {items.map((item) => (
                    <li className="govuk-service-navigation__item" key={item.to}>
                      <NavLink className="govuk-service-navigation__link" to={item.to} end={item.end}>
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                  <li className="govuk-service-navigation__item pdt-nav__signout">
                    {me ? (
                      <span className="pdt-nav__who govuk-body-s">
                        {me.name}
                        {me.agency ? `, ${me.agency.name}` : ''}
                      </span>
                    ) : null}
                    <NavLink className="govuk-service-navigation__link" to="/account/password">
                      Change password
                    </NavLink>
                    <button
                      type="button"
                      className="govuk-service-navigation__link pdt-link-button"
                      onClick={() =>
                        void (async () => {
                          await signOut();
                          await client.clearStore();
                          void navigate(signInPath('/', 'signed-out'));
                        })()
                      }
                    >
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            </div>
          </div>
        </div>
      </Header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}

/** Pages for anyone (sign in, accessibility statement). */
export function PublicLayout({ children }: { children: ReactNode }) {
  useFocusOnNavigate();
  return (
    <>
      <Header />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
