import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

// Each page is its own chunk: the plan list never downloads the editor (TipTap, Yjs).
const PlanListPage = lazy(() =>
  import('../plan-list/PlanListPage').then((module) => ({ default: module.PlanListPage })),
);
const PlanEditorPage = lazy(() =>
  import('../plan-editor/PlanEditorPage').then((module) => ({ default: module.PlanEditorPage })),
);

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <PlanListPage /> },
      { path: 'plans/:planId', element: <PlanEditorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
