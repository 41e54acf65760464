/** Options entry: mounts the page. `?site=host` (from the popup) offers to watch that host. */
import { render } from 'preact';
import { OptionsApp } from './app.tsx';

const root = document.getElementById('app');
if (root) render(<OptionsApp search={location.search} />, root);
