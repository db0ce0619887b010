import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ErrorBoundary, Loading } from './components/ui';
import { PublicLayout, SignedInLayout } from './components/Layout';
import { makeClient } from './lib/apollo';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { ActionPage } from './pages/ActionPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { CompleteMilestonePage } from './pages/CompleteMilestonePage';
import DashboardPage from './pages/DashboardPage';
import { HomePage } from './pages/HomePage';
import { MyActionsPage } from './pages/MyActionsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ObjectivePage } from './pages/ObjectivePage';
import { PillarPage } from './pages/PillarPage';
import { ReportProgressPage } from './pages/ReportProgressPage';
import { SignInPage } from './pages/SignInPage';

export function App() {
  const client = useMemo(makeClient, []);
  const signedIn = (page: React.ReactNode) => (
    <SignedInLayout>
      <ErrorBoundary>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </ErrorBoundary>
    </SignedInLayout>
  );
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route
            path="/sign-in"
            element={
              <PublicLayout>
                <SignInPage />
              </PublicLayout>
            }
          />
          <Route
            path="/accessibility"
            element={
              <PublicLayout>
                <AccessibilityPage />
              </PublicLayout>
            }
          />
          <Route path="/" element={signedIn(<HomePage />)} />
          <Route path="/account/password" element={signedIn(<ChangePasswordPage />)} />
          <Route path="/my-actions" element={signedIn(<MyActionsPage />)} />
          <Route path="/plans/:planId" element={signedIn(<DashboardPage />)} />
          <Route path="/plans/:planId/pillars/:pillar" element={signedIn(<PillarPage />)} />
          <Route path="/plans/:planId/objectives/:objectiveId" element={signedIn(<ObjectivePage />)} />
          <Route path="/actions/:actionId" element={signedIn(<ActionPage />)} />
          <Route path="/actions/:actionId/report" element={signedIn(<ReportProgressPage />)} />
          <Route path="/actions/:actionId/milestones/:milestoneId/complete" element={signedIn(<CompleteMilestonePage />)} />
          <Route
            path="*"
            element={
              <PublicLayout>
                <NotFoundPage />
              </PublicLayout>
            }
          />
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
