import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import './style.css';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
