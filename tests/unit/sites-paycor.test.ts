import { describe, expect, it } from 'vitest';
import { paycor } from '../../lib/sites/paycor';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const CLIENT = '8a7883c689b7fbd50189ffa65b61208d';
const BOARD = `https://recruitingbypaycor.com/career/CareerHome.action?clientId=${CLIENT}`;
const jobUrl = (id: string) => `https://recruitingbypaycor.com/career/JobIntroduction.action?clientId=${CLIENT}&id=${id}`;

describe('Paycor Recruiting career pages', () => {
  it("reads each job row: the id its link names, the title (markup in it kept as text), the place where the row's line or its group's header is one (a department is none)", () => {
    const { cards } = readPage(paycor, loadFixture('paycor', 'board.html', BOARD));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['8a7880665cb19ccc015cc1f77b0a6410', 'Forward Deployed AI Engineer', 'Halvard Analytics', 'Columbus, OH', jobUrl('8a7880665cb19ccc015cc1f77b0a6410')],
      ['8a7880665cb19ccc015cc1f77b0a6411', 'Machine Learning Platform Engineer', 'Halvard Analytics', 'Remote - United States', jobUrl('8a7880665cb19ccc015cc1f77b0a6411')],
      ['8a7880665cb19ccc015cc1f77b0a6412', 'Office Coordinator <b onmouseover=alert(1)>', 'Halvard Analytics', undefined, jobUrl('8a7880665cb19ccc015cc1f77b0a6412')],
    ]);
  });

  it('reads the same list in the frame companies embed, on the older host too', () => {
    for (const url of [BOARD.replace('CareerHome', 'iframe'), `https://newton.newtonsoftware.com/career/CareerHome.action?clientId=${CLIENT}`]) {
      expect(readPage(paycor, loadFixture('paycor', 'board.html', url)).cards).toHaveLength(3);
    }
  });
});

describe('Paycor Recruiting job page', () => {
  const JOB = '8a7880665cb19ccc015cc1f77b0a6410';

  it('reads the position without its label, the place, the description, the address without the source it was reached from', () => {
    const { detail } = readPage(paycor, loadFixture('paycor', 'job.html', `${jobUrl(JOB)}&source=Indeed&lang=en`));
    expect(detail).toMatchObject({ id: JOB, title: 'Forward Deployed AI Engineer', company: 'Halvard Analytics', location: 'Columbus, OH', url: jobUrl(JOB) });
    expect(detail!.description).toContain('roll out our clinical forecasting models');
    expect(detail!.description).not.toContain('Apply');
  });

  it("keeps a title's own bold words, and reads nothing where the application form is for another job", () => {
    const html = '<table><tr><td id="gnewtonJobPosition"><b>Position:</b>&nbsp; Line Cook, <b>Grill</b></td></tr></table>';
    expect(readPage(paycor, pageFromHtml(html, jobUrl(JOB))).detail?.title).toBe('Line Cook, Grill');
    const other = `${html}<form id="gravityApplyJob" action="/career/SubmitResume.action?clientId=${CLIENT}&id=8a7880665cb19ccc015cc1f77b0a6499"></form>`;
    expect(readPage(paycor, pageFromHtml(other, jobUrl(JOB))).detail).toBeNull();
  });
});
