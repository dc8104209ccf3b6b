import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze';
import { loadFixture } from './site-fixture';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const JSONLD_JOB = join(ROOT, 'tests', 'fixtures', 'jsonld', 'careers-job.html');
const LEVER_BOARD = join(ROOT, 'tests', 'fixtures', 'lever', 'board.html');

function run(args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'scripts', 'parse.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('parse CLI', () => {
  it('reads a supported site by the URL given', () => {
    const { stdout, status } = run(['--url', 'https://jobs.lever.co/tidewater', LEVER_BOARD]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.site).toBe('lever');
    expect(out.listings.length).toBeGreaterThan(0);
    expect(out.listings[0]).toEqual({ id: expect.any(String), title: expect.any(String), company: expect.anything(), location: expect.anything(), url: expect.any(String) });
  }, 60_000);

  it('without --url, or with the URL after the file, reads the schema.org job', () => {
    for (const args of [[JSONLD_JOB], [JSONLD_JOB, '--url', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer']]) {
      const { stdout, status, stderr } = run(args);
      expect(status, stderr).toBe(0);
      const out = JSON.parse(stdout);
      expect(out.site).toBe('jsonld');
      expect(out.detail).toMatchObject({ title: 'Applied ML Engineer', company: 'Northwind Robotics' });
    }
  }, 60_000);

  it("reads a job page as the browser does, also where the reader compares elements' positions (a Rippling page whose app data is another job's)", () => {
    const other = 'https://ats.rippling.com/kestrel-labs/jobs/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
    const { stdout, status, stderr } = run(['--url', other, join(ROOT, 'tests', 'fixtures', 'rippling', 'job.html')]);
    expect(status, stderr).toBe(0);
    expect(JSON.parse(stdout).detail).toMatchObject({ id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', title: 'Forward Deployed Engineer, Agents' });
  }, 60_000);

  it('on a company\'s own domain, reads a vendor\'s career site it knows by its markup', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'successfactors', 'search.html');
    const { stdout, status, stderr } = run(['--url', 'https://jobs.fernwood-logistics.example/search/?q=engineer', file]);
    expect(status, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.site).toBe('successfactors');
    expect(out.listings.map((l: { id: string }) => l.id)).toEqual(['1450012345', '1450012346', '1450012399', '1450012347']);
  }, 60_000);

  it('on a careers page with no job data of its own, lists the postings it links to on job sites (site "links")', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'links', 'careers.html');
    const { stdout, status, stderr } = run(['--url', 'https://www.halden-robotics.example/careers', file]);
    expect(status, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.site).toBe('links');
    expect(out.listings.map((l: { id: string }) => l.id)).toEqual([
      '7012345', '7012346', '3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      'AB12CD34EF', '1a2b3c4d5e6f',
    ]);
    expect(out.detail).toBeNull();
  }, 60_000);

  it('on a job page in a company\'s own design with no job data, reads the job from its heading and text (site "page")', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'page', 'job.html');
    const { stdout, status, stderr } = run(['--url', 'https://www.marrowstone.example/careers/inference-engineer', file]);
    expect(status, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.site).toBe('page');
    expect(out.listings).toEqual([]);
    expect(out.detail).toMatchObject({ id: 'https://www.marrowstone.example/careers/inference-engineer', title: 'Inference Engineer', company: 'Marrowstone Labs' });
    expect(out.detail.description).toContain('What you\'ll do');
  }, 60_000);

  it('reads a page no adapter claims as "Analyze this page" does: the same reader, the same jobs, the open one first', () => {
    const pages = [
      ['successfactors', 'search.html', 'https://jobs.fernwood-logistics.example/search/?q=engineer'],
      // A list of postings served at one posting's address: that one open, the other listed.
      ['jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles/data-platform-engineer-8812'],
      ['links', 'careers.html', 'https://www.halden-robotics.example/careers'],
      ['links', 'own-careers.html', 'https://tallowmere.example/careers'],
      ['page', 'job.html', 'https://www.marrowstone.example/careers/inference-engineer'],
      ['page', 'open-positions.html', 'https://quillworks.example/open_positions.html'],
    ] as const;
    for (const [dir, name, url] of pages) {
      const { stdout, status, stderr } = run(['--url', url, join(ROOT, 'tests', 'fixtures', dir, name)]);
      expect(status, stderr).toBe(0);
      const out = JSON.parse(stdout);
      const parsed = [...(out.detail ? [out.detail.id] : []), ...out.listings.map((l: { id: string }) => l.id).filter((id: string) => id !== out.detail?.id)];
      const analyzed = analyzePage(loadFixture(dir, name, url)).roles.map((role) => role.id);
      expect(parsed.length, `${dir}/${name}`).toBeGreaterThan(0);
      expect(parsed, `${dir}/${name}`).toEqual(analyzed);
    }
  }, 120_000);

  it('says how to use it, or what is wrong, on bad arguments (exit 2, no stack)', () => {
    for (const [args, message] of [
      [[], /usage/],
      [['--url'], /usage/],
      [['--url', 'https://jobs.lever.co/x'], /usage/],
      [['--url', 'not a url', JSONLD_JOB], /not a URL/],
      [[join(ROOT, 'no-such-file.html')], /cannot read/],
    ] as const) {
      const { status, stderr, stdout } = run([...args]);
      expect(status).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
    }
  }, 60_000);
});
