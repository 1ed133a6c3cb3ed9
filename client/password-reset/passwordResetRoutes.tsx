import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '../auth/RequireSession';

const ResetPasswordPage = lazy(() =>
  import('./ResetPasswordPage').then((module) => ({ default: module.ResetPasswordPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('./ForgotPasswordPage').then((module) => ({ default: module.ForgotPasswordPage })),
);
const AccountsPage = lazy(() =>
  import('./AccountsPage').then((module) => ({ default: module.AccountsPage })),
);

/** Password reset pages: two open to everyone, and the administrators' accounts page. */
export const passwordResetRoutes: RouteObject[] = [
  { path: 'reset', element: <ResetPasswordPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { element: <RequireSession />, children: [{ path: 'accounts', element: <AccountsPage /> }] },
];
