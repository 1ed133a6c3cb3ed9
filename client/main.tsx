import './app/withoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { setupI18n } from './i18n/setup';
import { App } from './app/App';

setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
