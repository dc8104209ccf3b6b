import { describe, expect, it } from 'vitest';
import { blockText, htmlToText, markdownToText } from '../../lib/dom/text';

function element(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('blockText', () => {
  it('reads a sentence wrapped in the page\'s source as one line, as the page shows it', () => {
    expect(blockText(element('<p>We\n are hiring a QA engineer with 1–3 years of experience in \nsoftware testing, defect\ntracking and reports.</p><p>Apply</p>'))).toBe(
      'We are hiring a QA engineer with 1–3 years of experience in software testing, defect tracking and reports.\nApply',
    );
    // After a comma the sentence goes on, whatever the case of the next word (a formatter's indentation).
    expect(blockText(element('<p><span>With 250+ employees worldwide,\n\t\t\t\tSonatus combines tools, 2024,\n  2025 and more.</span></p>'))).toBe(
      'With 250+ employees worldwide, Sonatus combines tools, 2024, 2025 and more.',
    );
  });

  it("drops controls' text, but reads a heading's button as the heading's text (an accordion's header)", () => {
    expect(blockText(element('<div><button>Save</button>Data Engineer</div>'))).toBe('Data Engineer');
    expect(blockText(element('<h2 class="accordion-header"><button class="accordion-button">Data Engineer</button></h2><p>Berlin</p>'))).toBe('Data Engineer\nBerlin');
  });

  it("drops a heading's permalink mark (\"#\", \"¶\"), not a link's text", () => {
    expect(blockText(element('<h1 id="go"><a href="#go" class="header-anchor">#</a> Senior Go Developer</h1><h2>Tips <a href="#tips">¶</a></h2>'))).toBe('Senior Go Developer\nTips');
    expect(blockText(element('<p>Tag: <a href="#go">#go</a>, <a href="/c">#</a></p>'))).toBe('Tag: #go, #');
  });

  it('drops soft hyphens, which a page shows only where a line breaks', () => {
    expect(blockText(element('<h1>SAP Engineer FI&shy;&#173;/&shy;CO (m/w/d)</h1><p>Daten\u00adbank\u00adentwicklung</p>'))).toBe('SAP Engineer FI/CO (m/w/d)\nDatenbankentwicklung');
  });

  it('keeps the lines of <pre>, and lines that start anew or follow a sentence\'s end', () => {
    expect(blockText(element('<pre><code>- Backend engineer\n- data engineer</code></pre>'))).toBe('- Backend engineer\n- data engineer');
    expect(blockText(element('<a>Data Engineer\n<span>Oslo · Hybrid</span>\n<span>Apply now</span></a>'))).toBe('Data Engineer\nOslo · Hybrid\nApply now');
    expect(blockText(element('<p>Skills:\npython and sql</p>'))).toBe('Skills:\npython and sql');
  });
});

describe('htmlToText', () => {
  it('keeps every line of plain text, and reads HTML as the page would show it', () => {
    expect(htmlToText('Skills\npython\nsql &amp; dbt', document)).toBe('Skills\npython\nsql & dbt');
    expect(htmlToText('<p>Fine-tune\nmodels.</p><ul><li>serve them</li></ul>', document)).toBe('Fine-tune models.\nserve them');
  });
});

describe('markdownToText', () => {
  it('reads headings, emphasis, links and hard breaks as text, and leaves words with underscores and stars in sums alone', () => {
    const markdown = '# **Lanternly**\r\n\r\n\\\r\nNew York, NY\r\n\r\n[Lanternly](http://lanternly.example/)&nbsp;builds *parcel* robots.\r\n\r\n- Own `deploy_queue` and 2 * 3 racks\r\n1. Travel \\*often\\*';
    expect(markdownToText(markdown, document)).toBe('Lanternly\nNew York, NY\nLanternly builds parcel robots.\nOwn `deploy_queue` and 2 * 3 racks\nTravel *often*');
  });

  it('reads markup in the Markdown as text, never as elements of the page', () => {
    expect(markdownToText('<img src=x onerror="alert(1)">Hello <b>there</b>', document)).toBe('Hello there');
  });
});
