import { BrowserRouter } from 'react-router';
import { AnnouncerProvider } from '../ui/AnnouncerProvider';
import { AuthProvider } from '../auth/AuthProvider';
import { IdentityProvider } from '../identity/IdentityProvider';
import { AppRoutes } from './router';

export function App() {
  return (
    <AnnouncerProvider>
      <AuthProvider>
        <IdentityProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </IdentityProvider>
      </AuthProvider>
    </AnnouncerProvider>
  );
}
