import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
} from 'react-router';
import type { Route } from './+types/root';
import { PostForm } from './components/Forms';
import { Notice } from './components/Notice';
import { SearchBox } from './components/SearchBox';
import { webContext } from './context';
import { Viewer } from './graphql/session.server';
import { t } from './i18n';
import { OPEN_DATA_PATH } from './lib/paths';
import { csrfMiddleware } from './lib/csrf.server';
import { useRootData, type RootData } from './lib/root-data';
import './styles/app.css';

export const middleware: Route.MiddlewareFunction[] = [csrfMiddleware];

export async function loader({ context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const viewer = web.api.signedIn ? (await web.api.run(Viewer).catch(() => ({ me: null }))).me : null;
  return {
    viewer,
    csrfToken: web.csrfToken,
    nonce: web.nonce,
    enhanceScript: web.enhanceScript,
    publicUrl: web.publicUrl,
  };
}

/**
 * Pages that need React in the browser say so with `handle: { hydrate: true }` (the officers'
 * consoles). Every other page is server-rendered HTML plus one small enhancement script
 * (app/enhance): a reading page costs a phone tens of kilobytes, not React's hundred.
 */
function useHydrate(): boolean {
  return useMatches().some((m) => (m.handle as { hydrate?: boolean } | undefined)?.hydrate === true);
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRootData();
  const hydrate = useHydrate();
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body data-signed-in={root?.viewer ? 'true' : undefined}>
        <a className="skip-link" href="#noi-dung">
          {t.site.skipToContent}
        </a>
        <SiteHeader viewer={root?.viewer ?? null} />
        <main id="noi-dung" tabIndex={-1}>
          <Notice />
          {children}
        </main>
        <SiteFooter />
        {hydrate ? (
          <>
            <ScrollRestoration nonce={root?.nonce} />
            <Scripts nonce={root?.nonce} />
          </>
        ) : (
          root?.enhanceScript && <script type="module" src={root.enhanceScript} />
        )}
      </body>
    </html>
  );
}

function SiteHeader({ viewer }: { viewer: RootData['viewer'] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__name">{t.site.name}</span>
          <span className="brand__tagline">{t.site.tagline}</span>
        </Link>
        <nav aria-label={t.site.mainNav} className="site-nav">
          <ul>
            <li>
              <Link to="/du-thao">{t.site.nav.drafts}</Link>
            </li>
            <li>
              <Link to="/tim-kiem">{t.site.nav.search}</Link>
            </li>
            {viewer ? (
              <>
                {viewer.memberships.length > 0 && (
                  <li>
                    <Link to="/quan-ly">{t.site.nav.console}</Link>
                  </li>
                )}
                {viewer.roles.includes('MODERATOR') && (
                  <li>
                    <Link to="/kiem-duyet">{t.site.nav.moderation}</Link>
                  </li>
                )}
                {viewer.roles.includes('ADMIN') && (
                  <li>
                    <Link to="/quan-tri">{t.site.nav.admin}</Link>
                  </li>
                )}
                <li>
                  <Link to="/tai-khoan">{t.site.account}</Link>
                </li>
                <li>
                  <PostForm action="/dang-xuat" className="inline-form">
                    <button type="submit" className="link-button">
                      {t.site.signOut}
                    </button>
                  </PostForm>
                </li>
              </>
            ) : (
              <li>
                <Link to="/dang-nhap">{t.site.signIn}</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function SiteFooter() {
  return (
    <footer className="site-footer">
      <nav aria-label={t.site.footerNav}>
        <ul>
          <li>
            <Link to="/dieu-khoan-su-dung">{t.site.terms}</Link>
          </li>
          <li>
            <Link to="/quyen-rieng-tu">{t.site.privacy}</Link>
          </li>
          <li>
            <Link to={OPEN_DATA_PATH}>{t.openData.title}</Link>
          </li>
        </ul>
      </nav>
      <p>{t.site.footerNote}</p>
    </footer>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 404
      ? [t.errors.notFoundTitle, t.errors.notFoundBody]
      : status === 403
        ? [t.errors.forbiddenTitle, t.errors.forbiddenBody]
        : [t.errors.serverTitle, t.errors.serverBody];
  return (
    <div className="page page--narrow">
      <title>{`${title} · ${t.site.name}`}</title>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/">{t.errors.backHome}</Link>
      </p>
      {status === 404 && <SearchBox />}
    </div>
  );
}
