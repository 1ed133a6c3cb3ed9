import { lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireSession } from '../../auth/RequireSession';
import { PageLoading } from '../../ui/PageLoading';

const PresentPage = lazy(() =>
  import('./PresentPage').then((module) => ({ default: module.PresentPage })),
);

/**
 * The projector view lives outside the app's layout: a wall needs no header, menu or language
 * switcher, only the page itself, black on white (21:1) to be read from the back of a room.
 */
function PresentLayout() {
  const { t } = useTranslation();
  return (
    <main id="main" className="min-h-screen bg-white text-black">
      <Suspense fallback={<PageLoading label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
    </main>
  );
}

/** `/workshops/:workshopId/present`, for those who run the workshop (checked on the page). */
export const presentRoutes: RouteObject[] = [
  {
    element: <PresentLayout />,
    children: [
      {
        element: <RequireSession />,
        children: [{ path: 'workshops/:workshopId/present', element: <PresentPage /> }],
      },
    ],
  },
];
