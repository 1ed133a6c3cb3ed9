import './app/withoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { setupI18n } from './i18n/setup';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Rendered once the chosen language's messages are in (immediate for bokmål), or without them
// if they could not be loaded: the page then shows bokmål, the fallback, rather than nothing.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void setupI18n().then(render, render);
