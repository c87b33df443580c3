import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n.js';
// Base styles first, so the layout and page styles imported by components can refine them.
import './theme/global.css';
import { App } from './App.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

const container = root;
// The first render waits for the messages of the language shown (one small chunk).
void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
