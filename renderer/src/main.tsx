import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getBridge } from './bridge';
import { translatorFor } from './i18n/format';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const api = getBridge();
if (api) {
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
} else {
  // Opened outside Préséance (no bridge): say so in both languages rather than show a blank page.
  const p = (lang: 'vi' | 'en') => {
    const el = document.createElement('p');
    el.lang = lang;
    el.textContent = translatorFor(lang).t('bridgeMissing');
    return el;
  };
  root.className = 'no-bridge';
  root.append(p('vi'), p('en'));
}
