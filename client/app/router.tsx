import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { FeatureMessages } from './FeatureMessages';
import { NotFoundPage } from './NotFoundPage';
import { RequireSession } from '../auth/RequireSession';
import { passwordResetRoutes } from '../password-reset/passwordResetRoutes';
import { presentRoutes } from '../workshops/present/presentRoutes';

// Each page is its own chunk: the plan list never downloads the editor (TipTap, Yjs), and a
// participant joining by link on a phone downloads only the invite page.
const PlanListPage = lazy(() =>
  import('../plan-list/PlanListPage').then((module) => ({ default: module.PlanListPage })),
);
const PlanEditorPage = lazy(() =>
  import('../plan-editor/PlanEditorPage').then((module) => ({ default: module.PlanEditorPage })),
);
const PeoplePage = lazy(() =>
  import('../people/PeoplePage').then((module) => ({ default: module.PeoplePage })),
);
const AuditPage = lazy(() =>
  import('../audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);
const WorkshopsPage = lazy(() =>
  import('../workshops/WorkshopsPage').then((module) => ({ default: module.WorkshopsPage })),
);
const ParticipantPage = lazy(() =>
  import('../workshops/ParticipantPage').then((module) => ({ default: module.ParticipantPage })),
);
const LeadPage = lazy(() =>
  import('../workshops/lead/LeadPage').then((module) => ({ default: module.LeadPage })),
);
const WorkshopResultsPage = lazy(() =>
  import('../workshops/results/WorkshopResultsPage').then((module) => ({
    default: module.WorkshopResultsPage,
  })),
);
const VersionsPage = lazy(() =>
  import('../versions/VersionsPage').then((module) => ({ default: module.VersionsPage })),
);
const VersionPage = lazy(() =>
  import('../versions/VersionPage').then((module) => ({ default: module.VersionPage })),
);
const ComparePage = lazy(() =>
  import('../versions/ComparePage').then((module) => ({ default: module.ComparePage })),
);
const ExportPage = lazy(() =>
  import('../export/ExportPage').then((module) => ({ default: module.ExportPage })),
);
const LoginPage = lazy(() =>
  import('../auth/LoginPage').then((module) => ({ default: module.LoginPage })),
);
const SetupPage = lazy(() =>
  import('../setup/SetupPage').then((module) => ({ default: module.SetupPage })),
);
const JoinCodePage = lazy(() =>
  import('../join/JoinCodePage').then((module) => ({ default: module.JoinCodePage })),
);
const JoinByCodePage = lazy(() =>
  import('../join/JoinByCodePage').then((module) => ({ default: module.JoinByCodePage })),
);
const AssociationsPage = lazy(() =>
  import('../associations/AssociationsPage').then((module) => ({
    default: module.AssociationsPage,
  })),
);
const CoveragePage = lazy(() =>
  import('../coverage/CoveragePage').then((module) => ({ default: module.CoveragePage })),
);
const PublicSettingsPage = lazy(() =>
  import('../public-settings/PublicSettingsPage').then((module) => ({
    default: module.PublicSettingsPage,
  })),
);
const InboxPage = lazy(() =>
  import('../inbox/InboxPage').then((module) => ({ default: module.InboxPage })),
);
const InvitePage = lazy(() =>
  import('../invite/InvitePage').then((module) => ({ default: module.InvitePage })),
);

/**
 * The app's pages, matched under a plain `BrowserRouter` (App.tsx). The data router
 * (`createBrowserRouter`) would add some 15 kB gzipped to every page for loaders and actions the
 * app does not use.
 */
const routes: RouteObject[] = [
  // The projector view, without the app's header (its own lazy page and layout).
  { element: <FeatureMessages />, children: presentRoutes },
  {
    element: <AppLayout />,
    children: [
      // Pages that need only the shell's texts (client/i18n/shell/): the first page most visits
      // see. They never download the other pages' texts.
      { path: 'login', element: <LoginPage /> },
      { path: 'setup', element: <SetupPage /> },
      ...passwordResetRoutes,
      { element: <RequireSession />, children: [{ index: true, element: <PlanListPage /> }] },
      { path: '*', element: <NotFoundPage /> },
      {
        // Joining and taking part in a workshop, often on a phone, and the workshops' staff pages
        // that need no more: only the participation texts (client/i18n/participation/).
        element: <FeatureMessages parts={['participation']} />,
        children: [
          // Open to everyone: joining by link.
          { path: 'invite/:token', element: <InvitePage /> },
          { path: 'join', element: <JoinCodePage /> },
          { path: 'join/:code', element: <JoinByCodePage /> },
          {
            element: <RequireSession />,
            children: [
              { path: 'workshops/:workshopId', element: <ParticipantPage /> },
              { path: 'plans/:planId/workshops', element: <WorkshopsPage /> },
              { path: 'workshops/:workshopId/results', element: <WorkshopResultsPage /> },
            ],
          },
        ],
      },
      {
        // The plan's own pages: only the features' texts (client/i18n/features/).
        element: <FeatureMessages parts={['features']} />,
        children: [
          {
            element: <RequireSession />,
            children: [
              { path: 'plans/:planId', element: <PlanEditorPage /> },
              { path: 'plans/:planId/audit', element: <AuditPage /> },
              { path: 'plans/:planId/versions', element: <VersionsPage /> },
              { path: 'plans/:planId/versions/:versionId', element: <VersionPage /> },
              { path: 'plans/:planId/compare', element: <ComparePage /> },
              { path: 'plans/:planId/export', element: <ExportPage /> },
              { path: 'plans/:planId/public', element: <PublicSettingsPage /> },
              { path: 'plans/:planId/inputs/*', element: <InboxPage /> },
            ],
          },
        ],
      },
      {
        // Pages that need both: rendered once all the texts are in.
        element: <FeatureMessages />,
        children: [
          {
            element: <RequireSession />,
            children: [
              { path: 'plans/:planId/people', element: <PeoplePage /> },
              { path: 'plans/:planId/associations', element: <AssociationsPage /> },
              { path: 'plans/:planId/coverage', element: <CoveragePage /> },
              { path: 'workshops/:workshopId/lead', element: <LeadPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
