import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense, lazy, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Switch, useLocation } from 'wouter';
import { queryClient } from './api.js';
import { Layout } from './components/common.js';
import { useLiveEvents } from './live/events.js';
import { AmendmentPage, DraftPage } from './pages/draft.js';
import { HomePage } from './pages/home.js';
import { MandatesIndexPage, SessionsIndexPage, StatesIndexPage } from './pages/indexes.js';
import { MandatePage } from './pages/mandate.js';
import { SearchPage } from './pages/search.js';
import { SessionPage } from './pages/session.js';
import { StatePage } from './pages/state.js';
import { VotePage } from './pages/vote.js';
import { VotesPage } from './pages/votes.js';
import './styles.css';

// The live desk's pages (and the amendment engine they preview with) load only when opened.
const FollowsPage = lazy(() => import('./pages/follows.js').then((m) => ({ default: m.FollowsPage })));
const UnsubscribePage = lazy(() => import('./pages/follows.js').then((m) => ({ default: m.UnsubscribePage })));
const SignInPage = lazy(() => import('./pages/sign-in.js').then((m) => ({ default: m.SignInPage })));
const DeskPage = lazy(() => import('./pages/desk/page.js').then((m) => ({ default: m.DeskPage })));
const ChecksPage = lazy(() => import('./pages/checks.js').then((m) => ({ default: m.ChecksPage })));
const AnalysisPage = lazy(() => import('./pages/analysis.js').then((m) => ({ default: m.AnalysisPage })));
const BoardPage = lazy(() => import('./pages/board.js').then((m) => ({ default: m.BoardPage })));
const AccountsPage = lazy(() => import('./pages/console/accounts.js').then((m) => ({ default: m.AccountsPage })));
const WelcomePage = lazy(() => import('./pages/welcome.js').then((m) => ({ default: m.WelcomePage })));
const PrintPage = lazy(() => import('./pages/desk/print.js').then((m) => ({ default: m.PrintPage })));
const NgoDeskPage = lazy(() => import('./pages/ngo.js').then((m) => ({ default: m.NgoDeskPage })));
const ScorecardPage = lazy(() => import('./pages/scorecard.js').then((m) => ({ default: m.ScorecardPage })));
const ConsolePage = lazy(() => import('./pages/console.js').then((m) => ({ default: m.ConsolePage })));

/**
 * Moves focus to the page's content after an in-app navigation, for keyboard and screen-reader
 * users. Not on the first load: there the first Tab must reach the skip link.
 */
function FocusOnNavigate() {
  const [location] = useLocation();
  const first = useRef(location);
  useEffect(() => {
    if (location === first.current) return;
    first.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);
  return null;
}

function App() {
  // One event stream for the whole app: every page's answers are refetched when the record changes.
  useLiveEvents();
  return (
    <Layout>
      <FocusOnNavigate />
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/sessions" component={SessionsIndexPage} />
        <Route path="/states" component={StatesIndexPage} />
        <Route path="/mandates" component={MandatesIndexPage} />
        <Route path="/sessions/:body/:session">{(p) => <SessionPage body={p.body} session={p.session} />}</Route>
        <Route path="/print/*">
          {(p) => (
            <Suspense fallback={<p role="status">Loading…</p>}>
              <PrintPage symbol={p['*']} />
            </Suspense>
          )}
        </Route>
        <Route path="/drafts/*">{(p) => <DraftPage symbol={p['*']} />}</Route>
        <Route path="/amendments/*">{(p) => <AmendmentPage symbol={p['*']} />}</Route>
        <Route path="/votes" component={VotesPage} />
        <Route path="/votes/:id">{(p) => <VotePage id={p.id} />}</Route>
        <Route path="/states/:code">{(p) => <StatePage code={p.code} />}</Route>
        <Route path="/mandates/:id">{(p) => <MandatePage id={p.id} />}</Route>
        <Route path="/search" component={SearchPage} />
        <Route path="/analysis">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <AnalysisPage />
          </Suspense>
        </Route>
        <Route path="/checks">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ChecksPage />
          </Suspense>
        </Route>
        <Route path="/sign-in">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <SignInPage />
          </Suspense>
        </Route>
        <Route path="/desk">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <DeskPage />
          </Suspense>
        </Route>
        <Route path="/board/:body/:session">
          {(p) => (
            <Suspense fallback={<p role="status">Loading…</p>}>
              <BoardPage body={p.body} session={p.session} />
            </Suspense>
          )}
        </Route>
        <Route path="/console/accounts">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <AccountsPage />
          </Suspense>
        </Route>
        <Route path="/welcome">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <WelcomePage />
          </Suspense>
        </Route>
        <Route path="/follows">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <FollowsPage />
          </Suspense>
        </Route>
        <Route path="/unsubscribe/:token">
          {(p) => (
            <Suspense fallback={<p role="status">Loading…</p>}>
              <UnsubscribePage token={p.token} />
            </Suspense>
          )}
        </Route>
        <Route path="/ngo">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <NgoDeskPage />
          </Suspense>
        </Route>
        <Route path="/scorecards">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ScorecardPage />
          </Suspense>
        </Route>
        <Route path="/console">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ConsolePage />
          </Suspense>
        </Route>
        <Route>
          <h1>Not found</h1>
          <p>There is no such page. Try the search box.</p>
        </Route>
      </Switch>
    </Layout>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
