import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
const w = new Window({ url: 'https://www.indeed.com/jobs', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const d = new w.DOMParser().parseFromString(readFileSync(process.argv[2], 'utf8'), 'text/html');
console.log(d.querySelectorAll('a[data-jk]').length, d.querySelectorAll('div.cardOutline').length, d.querySelectorAll('#jobsearch-ViewjobPaneWrapper').length, d.body?.innerHTML.length);
