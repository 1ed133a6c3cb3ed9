import { RouterProvider } from 'react-router/dom';
import { AnnouncerProvider } from '../ui/AnnouncerProvider';
import { AuthProvider } from '../auth/AuthProvider';
import { IdentityProvider } from '../identity/IdentityProvider';
import { router } from './router';

export function App() {
  return (
    <AnnouncerProvider>
      <AuthProvider>
        <IdentityProvider>
          <RouterProvider router={router} />
        </IdentityProvider>
      </AuthProvider>
    </AnnouncerProvider>
  );
}
