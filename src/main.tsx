import { hydrate } from 'preact-iso';
import { App } from './app/App';
import './styles/global.css';

const root = document.getElementById('app');
if (root) hydrate(<App />, root);
