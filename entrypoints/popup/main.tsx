import { render } from 'preact';
render(<p>Role Lens</p>, document.getElementById('app')!);
