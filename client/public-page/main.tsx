import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { storedLanguage } from '../i18n/languages';
import { loadMessages } from './i18n/messages';
import { PublicApp, type Texts } from './PublicApp';

const root = document.getElementById('root');
if (!root) throw new Error('public.html has no #root element');

// The remembered language's texts first, so the page never appears in one language and then switches.
const language = storedLanguage();
void loadMessages(language)
  .then<Texts>((messages) => ({ language, messages }))
  .catch(async (): Promise<Texts> => ({ language: 'nb', messages: await loadMessages('nb') }))
  .then((texts) => {
    createRoot(root).render(
      <StrictMode>
        <PublicApp initial={texts} />
      </StrictMode>,
    );
  });
