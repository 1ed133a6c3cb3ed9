import { RouterProvider } from 'react-router/dom';
import { AnnouncerProvider } from '../ui/AnnouncerProvider';
import { IdentityProvider } from '../identity/IdentityProvider';
import { router } from './router';

export function App() {
  return (
    <AnnouncerProvider>
      <IdentityProvider>
        <RouterProvider router={router} />
      </IdentityProvider>
    </AnnouncerProvider>
  );
}
