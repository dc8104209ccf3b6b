// Every project fixture page (tests/fixtures/<site>/*.html) with the real URL it stands for (the
// URLs the unit tests in tests/unit/sites-<site>.test.ts read them at), plus what the shared site
// adapters find on it, computed outside the browser (`expectedFor`).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const LEVER = '3f2b8c1a-9d4e-4b7a-8c6f-1e2d3c4b5a69';
const ASHBY = '8d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09';
const SMARTRECRUITERS = '744000123456789';
const WORKABLE = '3F9A0C2B71';

/** kind: 'list' (cards) or 'job' (one job shown in full). site: the adapter expected to run there. */
export const SITE_PAGES = [
  { site: 'linkedin', kind: 'list', file: 'linkedin/guest-search.html', url: 'https://www.linkedin.com/jobs/search?keywords=platform' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/collections-2023.html', url: 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3700000001' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/search-2025-it.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4200000005&keywords=ingegnere' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/search-2024-pane.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4010000001&keywords=platform%20engineer' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/search-sdui-2026.html', url: 'https://www.linkedin.com/jobs/search-results/?currentJobId=4400000011&keywords=applied%20ai' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/guest-api-list.html', url: 'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=ml&start=25' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/guest-api-job.html', url: 'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4100000021' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/guest-job-it.html', url: 'https://it.linkedin.com/jobs/view/ml-platform-engineer-at-quillworks-4100000003?position=1&trk=x' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/guest-job-jsonld-only.html', url: 'https://www.linkedin.com/jobs/view/4100000008/' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/jobview-2023.html', url: 'https://www.linkedin.com/jobs/view/3600000001/' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/jobview-sdui-2026.html', url: 'https://www.linkedin.com/jobs/view/4300000001/' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/jobview-closed-voyager.html', url: 'https://www.linkedin.com/jobs/view/3900000001/' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/guest-search-2020.html', url: 'https://www.linkedin.com/jobs/search?keywords=Data%20Engineer&location=Austin%2C%20Texas' },
  { site: 'linkedin', kind: 'list', file: 'linkedin/search-2020.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=1900000001&keywords=machine%20learning%20engineer' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/guest-job-2020.html', url: 'https://www.linkedin.com/jobs/view/data-engineer-at-quokka-analytics-1800000001' },
  { site: 'linkedin', kind: 'job', file: 'linkedin/jobview-2020.html', url: 'https://www.linkedin.com/jobs/view/1900000002/' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2026-pane.html', url: 'https://www.indeed.com/jobs?q=python&l=Remote' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2023.html', url: 'https://hk.indeed.com/jobs?q=software+engineer' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2025-simpler-pane.html', url: 'https://www.indeed.com/jobs?q=&l=Savannah%2C+GA' },
  { site: 'indeed', kind: 'job', file: 'indeed/viewjob.html', url: 'https://www.indeed.com/viewjob?jk=3c3c3c3c4d4d4d4d&from=serp' },
  { site: 'indeed', kind: 'job', file: 'indeed/viewjob-jsonld-only.html', url: 'https://ca.indeed.com/viewjob?jk=0a0b0c0d0e0f1a1b' },
  { site: 'indeed', kind: 'job', file: 'indeed/viewjob-2026-rnw.html', url: 'https://www.indeed.com/viewjob?jk=5e6f7a8b9c0d1e2f&from=serp' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2026-rnw-pane.html', url: 'https://www.indeed.com/jobs?q=ai+engineer&vjk=6a7b8c9d0e1f2a3b' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-current.html', url: 'https://www.glassdoor.com/Job/san-francisco-machine-learning-engineer-jobs-SRCH_IL.0,13_IC1147401_KO14,39.htm' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-2026-pane.html', url: 'https://www.glassdoor.com/Job/remote-applied-scientist-jobs-SRCH_IL.0,6_IS11047_KO7,24.htm' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-2022.html', url: 'https://www.glassdoor.com/Job/austin-jobs-SRCH_IL.0,6_IC1139761.htm' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-2020.html', url: 'https://www.glassdoor.co.in/Job/australia-jobs-SRCH_IL.0,9_IN16.htm' },
  { site: 'glassdoor', kind: 'job', file: 'glassdoor/job-listing-jsonld-only.html', url: 'https://www.glassdoor.co.uk/job-listing/applied-ml-engineer-harrow-labs-JV_KO0,19_KE20,31.htm?jl=1010000000042' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2018.html', url: 'https://www.indeed.com/jobs?q=machine+learning&l=' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2020-vjs.html', url: 'https://www.indeed.com/jobs?q=applied+scientist&l=Seattle%2C+WA&vjk=7c7c7c7c1d1d1d1d' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2021-tapitem.html', url: 'https://www.indeed.com/jobs?q=ai+engineer&l=' },
  { site: 'indeed', kind: 'job', file: 'indeed/viewjob-2020.html', url: 'https://ca.indeed.com/viewjob?jk=1b2c3d4e5f6a7b8c' },
  { site: 'indeed', kind: 'job', file: 'indeed/viewjob-2017.html', url: 'https://www.indeed.com/viewjob?jk=3f4e5d6c7b8a9f0e' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-2021-react.html', url: 'https://www.glassdoor.com/Job/denver-machine-learning-engineer-jobs-SRCH_IL.0,6_IC1148170_KO7,32.htm' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-2018.html', url: 'https://www.glassdoor.com/Job/chicago-data-engineer-jobs-SRCH_IL.0,7_IC1128808_KO8,21.htm' },
  { site: 'wellfound', kind: 'list', file: 'wellfound/role-landing.html', url: 'https://wellfound.com/role/machine-learning-engineer' },
  { site: 'wellfound', kind: 'job', file: 'wellfound/job-page.html', url: 'https://wellfound.com/jobs/4100002-forward-deployed-engineer' },
  { site: 'wellfound', kind: 'job', file: 'wellfound/job-page-jsonld.html', url: 'https://wellfound.com/jobs/4100004-applied-ai-engineer' },
  { site: 'wellfound', kind: 'job', file: 'wellfound/jobs-search-dialog.html', url: 'https://wellfound.com/jobs?job_listing_slug=5200002-applied-ml-engineer' },
  { site: 'wellfound', kind: 'list', file: 'wellfound/company-overview-2026.html', url: 'https://wellfound.com/company/quarry-voice' },
  { site: 'ycombinator', kind: 'list', file: 'ycombinator/yc-company-jobs.html', url: 'https://www.ycombinator.com/companies/lanternly/jobs' },
  { site: 'ycombinator', kind: 'list', file: 'ycombinator/yc-company-jobs-data.html', url: 'https://www.ycombinator.com/companies/lanternly/jobs?src=data' },
  { site: 'ycombinator', kind: 'list', file: 'ycombinator/waas-company.html', url: 'https://www.workatastartup.com/companies/lanternly' },
  { site: 'ycombinator', kind: 'job', file: 'ycombinator/waas-job.html', url: 'https://www.workatastartup.com/jobs/70102' },
  { site: 'ycombinator', kind: 'job', file: 'ycombinator/yc-job-page.html', url: 'https://www.ycombinator.com/companies/lanternly/jobs/Zm9Tt2LwQ-forward-deployed-engineer' },
  { site: 'ycombinator', kind: 'job', file: 'ycombinator/yc-job-page-data.html', url: 'https://www.ycombinator.com/companies/lanternly/jobs/Zm9Tt2LwQ-forward-deployed-engineer?src=data' },
  { site: 'ycombinator', kind: 'list', file: 'ycombinator/yc-jobs-role.html', url: 'https://www.ycombinator.com/jobs/role/software-engineer' },
  { site: 'hackernews', kind: 'list', file: 'hackernews/thread-today.html', url: 'https://news.ycombinator.com/item?id=47000000' },
  { site: 'hackernews', kind: 'list', file: 'hackernews/thread-2013.html', url: 'https://news.ycombinator.com/item?id=1000' },
  { site: 'hackernews', kind: 'job', file: 'hackernews/ad-page-today.html', url: 'https://news.ycombinator.com/item?id=47000101' },
  { site: 'hackernews', kind: 'list', file: 'hackernews/thread-2021.html', url: 'https://news.ycombinator.com/item?id=29000000' },
  { site: 'hackernews', kind: 'list', file: 'hackernews/jobs-list.html', url: 'https://news.ycombinator.com/jobs' },
  { site: 'hackernews', kind: 'job', file: 'hackernews/job-item.html', url: 'https://news.ycombinator.com/item?id=47100002' },
  { site: 'greenhouse', kind: 'list', file: 'greenhouse/board-new.html', url: 'https://job-boards.greenhouse.io/copperleaf' },
  { site: 'greenhouse', kind: 'list', file: 'greenhouse/board-classic.html', url: 'https://boards.greenhouse.io/saltmarsh' },
  { site: 'greenhouse', kind: 'list', file: 'greenhouse/board-embed-classic.html', url: 'https://boards.greenhouse.io/embed/job_board?for=tidewell' },
  { site: 'greenhouse', kind: 'job', file: 'greenhouse/job-new.html', url: 'https://job-boards.greenhouse.io/copperleaf/jobs/7100001003?gh_src=x1' },
  { site: 'greenhouse', kind: 'job', file: 'greenhouse/job-classic.html', url: 'https://boards.greenhouse.io/saltmarsh/jobs/4400124' },
  { site: 'lever', kind: 'list', file: 'lever/board.html', url: 'https://jobs.lever.co/tidewater' },
  { site: 'lever', kind: 'list', file: 'lever/board-no-logo.html', url: 'https://jobs.lever.co/quietbox-labs' },
  { site: 'lever', kind: 'job', file: 'lever/posting.html', url: `https://jobs.lever.co/tidewater/${LEVER}` },
  { site: 'lever', kind: 'job', file: 'lever/apply.html', url: `https://jobs.lever.co/tidewater/${LEVER}/apply` },
  { site: 'ashby', kind: 'list', file: 'ashby/board.html', url: 'https://jobs.ashbyhq.com/lumenforge' },
  { site: 'ashby', kind: 'list', file: 'ashby/board-appdata.html', url: 'https://jobs.ashbyhq.com/lumenforge?utm_source=appdata' },
  { site: 'ashby', kind: 'list', file: 'ashby/board-shell.html', url: 'https://jobs.ashbyhq.com/lumenforge?utm_source=shell' },
  { site: 'ashby', kind: 'job', file: 'ashby/posting-overview.html', url: `https://jobs.ashbyhq.com/lumenforge/${ASHBY}` },
  { site: 'ashby', kind: 'job', file: 'ashby/posting-application.html', url: `https://jobs.ashbyhq.com/lumenforge/${ASHBY}/application` },
  { site: 'workday', kind: 'list', file: 'workday/search.html', url: 'https://harbor.wd3.myworkdayjobs.com/External' },
  { site: 'workday', kind: 'job', file: 'workday/job-rendered.html', url: 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Oslo-Norway/AI-Platform-Engineer_R-0041234-1' },
  { site: 'workday', kind: 'job', file: 'workday/job-raw.html', url: 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Oslo-Norway/Deployment-Engineer_JR77120' },
  { site: 'workday', kind: 'job', file: 'workday/search-with-job-pane.html', url: 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Quito-Ecuador/Geospatial-ML-Engineer_R-0052002' },
  { site: 'smartrecruiters', kind: 'list', file: 'smartrecruiters/board.html', url: 'https://careers.smartrecruiters.com/Quillmark' },
  { site: 'smartrecruiters', kind: 'list', file: 'smartrecruiters/board.html', url: 'https://jobs.smartrecruiters.com/Quillmark' },
  { site: 'smartrecruiters', kind: 'job', file: 'smartrecruiters/job.html', url: `https://jobs.smartrecruiters.com/Quillmark/${SMARTRECRUITERS}-applied-ai-engineer` },
  { site: 'workable', kind: 'list', file: 'workable/board.html', url: 'https://apply.workable.com/lumenvale/' },
  { site: 'workable', kind: 'list', file: 'workable/board-classic.html', url: 'https://apply.workable.com/lumenvale/?layout=classic' },
  { site: 'workable', kind: 'job', file: 'workable/job.html', url: `https://apply.workable.com/lumenvale/j/${WORKABLE}/` },
  { site: 'workable', kind: 'job', file: 'workable/job-apply.html', url: `https://apply.workable.com/lumenvale/j/${WORKABLE}/apply/` },
  { site: 'workable-jobs', kind: 'list', file: 'workable-jobs/search.html', url: 'https://jobs.workable.com/search?query=machine+learning&selectedJobId=7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b' },
  { site: 'workable-jobs', kind: 'list', file: 'workable-jobs/search-shell.html', url: 'https://jobs.workable.com/search?query=machine+learning&workplace=remote' },
  { site: 'workable-jobs', kind: 'job', file: 'workable-jobs/view.html', url: 'https://jobs.workable.com/view/q7Rn2XbWk9TzLm4PfYc3Hd/remote-machine-learning-engineer%2C-inference-in-berlin-at-northwind-labs' },
  { site: 'jobvite', kind: 'list', file: 'jobvite/board.html', url: 'https://jobs.jobvite.com/harrowgate/search' },
  { site: 'jobvite', kind: 'job', file: 'jobvite/job.html', url: 'https://jobs.jobvite.com/harrowgate/job/oQ7rAfwX' },
  { site: 'jobvite', kind: 'job', file: 'jobvite/job-no-jsonld.html', url: 'https://jobs.jobvite.com/harrowgate/job/oT2wAfw9' },
  { site: 'teamtailor', kind: 'list', file: 'teamtailor/board.html', url: 'https://norrbacka.teamtailor.com/jobs' },
  { site: 'teamtailor', kind: 'job', file: 'teamtailor/job.html', url: 'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer' },
  { site: 'breezy', kind: 'list', file: 'breezy/board.html', url: 'https://pinecrest-robotics.breezy.hr/' },
  { site: 'breezy', kind: 'job', file: 'breezy/job.html', url: 'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20-perception-engineer' },
  { site: 'personio', kind: 'list', file: 'personio/board.html', url: 'https://almweg-robotics.jobs.personio.de/?language=en' },
  { site: 'personio', kind: 'job', file: 'personio/job.html', url: 'https://almweg-robotics.jobs.personio.de/job/1432101?language=en&display=en' },
  { site: 'join', kind: 'list', file: 'join/board.html', url: 'https://join.com/companies/hafenwerk' },
  { site: 'join', kind: 'job', file: 'join/job.html', url: 'https://join.com/companies/hafenwerk/16400101-machine-learning-engineer-m-w-d' },
  { site: 'recruitee', kind: 'list', file: 'recruitee/board.html', url: 'https://fjordline.recruitee.com/' },
  { site: 'recruitee', kind: 'job', file: 'recruitee/offer.html', url: 'https://fjordline.recruitee.com/o/machine-learning-engineer' },
  { site: 'rippling', kind: 'list', file: 'rippling/board.html', url: 'https://ats.rippling.com/kestrel-labs/jobs' },
  { site: 'rippling', kind: 'job', file: 'rippling/job.html', url: 'https://ats.rippling.com/kestrel-labs/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e' },
  { site: 'successfactors', kind: 'list', file: 'successfactors/search.html', url: 'https://fernwood.jobs2web.com/search/?q=&sortColumn=referencedate&sortDirection=desc' },
  { site: 'successfactors', kind: 'list', file: 'successfactors/tiles.html', url: 'https://brightwater.jobs.hr.cloud.sap/search/?q=&locale=en_US' },
  { site: 'successfactors', kind: 'job', file: 'successfactors/job.html', url: 'https://fernwood.jobs2web.com/job/Leeds-Applied-ML-Engineer-LS1-4AP/1450012345/' },
  { site: 'icims', kind: 'list', file: 'icims/search.html', url: 'https://careers-larkspur.icims.com/jobs/search?ss=1&in_iframe=1' },
  { site: 'icims', kind: 'job', file: 'icims/job.html', url: 'https://careers-larkspur.icims.com/jobs/4521/applied-ml-engineer/job?in_iframe=1' },
  { site: 'ukg', kind: 'list', file: 'ukg/board.html', url: 'https://recruiting.ultipro.com/BRK1001BRKS/JobBoard/0d4e6f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a/?q=&o=postedDateDesc' },
  { site: 'ukg', kind: 'job', file: 'ukg/job.html', url: 'https://recruiting.ultipro.com/BRK1001BRKS/JobBoard/0d4e6f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a/OpportunityDetail?opportunityId=5b0f3a2e-8c41-4d7e-9a65-2f1e0c9b7d13&source=LinkedIn' },
  { site: 'oracle', kind: 'list', file: 'oracle/jobs-list.html', url: 'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/jobs?keyword=engineer&mode=location' },
  { site: 'oracle', kind: 'list', file: 'oracle/jobs-grid.html', url: 'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/requisitions?keyword=data' },
  { site: 'oracle', kind: 'job', file: 'oracle/job.html', url: 'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/210477120/?utm_medium=jobshare' },
  { site: 'avature', kind: 'list', file: 'avature/search.html', url: 'https://lindqvist.avature.net/careers/SearchJobs/?jobOffset=0' },
  { site: 'avature', kind: 'job', file: 'avature/job.html', url: 'https://lindqvist.avature.net/externalcareers/JobDetail/Applied-ML-Engineer/6120' },
  { site: 'workday', kind: 'list', file: 'workday/search-legacy-2019.html', url: 'https://harbor.wd1.myworkdayjobs.com/en-US/Careers' },
  { site: 'workday', kind: 'job', file: 'workday/job-legacy-2019.html', url: 'https://harbor.wd1.myworkdayjobs.com/en-US/Careers/job/Denver-CO/Data-Engineer--Forecasting_R0031234' },
  { site: 'workday', kind: 'list', file: 'workday/search-subtitle-two-lines.html', url: 'https://keel.wd3.myworkdayjobs.com/en-US/Keel_Careers?q=software' },
  { site: 'lever', kind: 'job', file: 'lever/posting-2017.html', url: 'https://jobs.lever.co/brackenridge/5a1c2e3f-7b8d-4e9f-a0b1-c2d3e4f5a6b7' },
  { site: 'wellfound', kind: 'list', file: 'wellfound/angel-jobs-2021.html', url: 'https://angel.co/jobs' },
  { site: 'wellfound', kind: 'job', file: 'wellfound/angel-job-2021.html', url: 'https://angel.co/company/fernhollow/jobs/1200345-data-scientist' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/search-2025-in-discover-more.html', url: 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm' },
  { site: 'glassdoor', kind: 'list', file: 'glassdoor/for-you-empty-2025.html', url: 'https://www.glassdoor.co.uk/Job/index.htm' },
  { site: 'ashby', kind: 'job', file: 'ashby/posting-overview-body-only-2026.html', url: 'https://jobs.ashbyhq.com/quillmark/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
  { site: 'wellfound', kind: 'list', file: 'wellfound/captcha-datadome.html', url: 'https://wellfound.com/role/r/software-engineer' },
  { site: 'indeed', kind: 'list', file: 'indeed/search-2026-shelf.html', url: 'https://in.indeed.com/jobs?q=Flutter+Developer&l=India&fromage=1' },
  { site: 'remoteok', kind: 'list', file: 'remoteok/front.html', url: 'https://remoteok.com/' },
  { site: 'remoteok', kind: 'list', file: 'remoteok/front.html', url: 'https://remoteok.com/remote-ai-jobs' },
  { site: 'remoteok', kind: 'job', file: 'remoteok/job.html', url: 'https://remoteok.com/remote-jobs/remote-applied-ml-engineer-quillbyte-1093001' },
  { site: 'weworkremotely', kind: 'list', file: 'weworkremotely/category.html', url: 'https://weworkremotely.com/categories/remote-full-stack-programming-jobs' },
  { site: 'weworkremotely', kind: 'list', file: 'weworkremotely/classic.html', url: 'https://weworkremotely.com/' },
  { site: 'weworkremotely', kind: 'job', file: 'weworkremotely/job.html', url: 'https://weworkremotely.com/remote-jobs/lanternfish-labs-applied-ai-engineer' },
  { site: 'weworkremotely', kind: 'job', file: 'weworkremotely/job-classic.html', url: 'https://weworkremotely.com/remote-jobs/corvid-analytics-machine-learning-engineer' },
  { site: 'welcometothejungle', kind: 'list', file: 'welcometothejungle/search.html', url: 'https://www.welcometothejungle.com/en/jobs?query=forward' },
  { site: 'welcometothejungle', kind: 'job', file: 'welcometothejungle/job.html', url: 'https://www.welcometothejungle.com/en/companies/norvale/jobs/forward-deployed-engineer_paris' },
  { site: 'dice', kind: 'list', file: 'dice/search.html', url: 'https://www.dice.com/jobs?q=machine%20learning%20engineer' },
  { site: 'dice', kind: 'job', file: 'dice/job.html', url: 'https://www.dice.com/job-detail/0c4e2a91-6b7d-4f3e-9a18-2d5c7e9b1f40' },
  { site: 'builtin', kind: 'list', file: 'builtin/jobs.html', url: 'https://builtin.com/jobs/dev-engineering' },
  { site: 'builtin', kind: 'list', file: 'builtin/jobs.html', url: 'https://www.builtinaustin.com/jobs/dev-engineering/backend' },
  { site: 'builtin', kind: 'job', file: 'builtin/job.html', url: 'https://builtin.com/job/applied-ai-engineer/10900001' },
  { site: 'googlecareers', kind: 'list', file: 'googlecareers/results.html', url: 'https://www.google.com/about/careers/applications/jobs/results?q=machine%20learning' },
  { site: 'googlecareers', kind: 'job', file: 'googlecareers/job.html', url: 'https://www.google.com/about/careers/applications/jobs/results/140000000000000001-applied-ml-engineer-gemini-evaluation' },
  { site: 'microsoft', kind: 'list', file: 'microsoft/results.html', url: 'https://apply.careers.microsoft.com/careers?query=ai&pid=1900000000000001' },
  { site: 'microsoft', kind: 'job', file: 'microsoft/job.html', url: 'https://apply.careers.microsoft.com/careers/job/1900000000000002' },
  { site: 'eightfold', kind: 'list', file: 'eightfold/pcsx-search.html', url: 'https://quillpay.eightfold.ai/careers?query=ai&pid=563300000001&domain=quillpay.com' },
  { site: 'eightfold', kind: 'job', file: 'eightfold/pcsx-job.html', url: 'https://quillpay.eightfold.ai/careers/job/563300000003' },
  { site: 'eightfold', kind: 'list', file: 'eightfold/pcs-search.html', url: 'https://explore.jobs.netflix.net/careers?query=ml&pid=790000000001&domain=netflix.com' },
  { site: 'phenom', kind: 'list', file: 'phenom/search.html', url: 'https://jobs.rbc.com/ca/en/search-results?keywords=ai' },
  { site: 'phenom', kind: 'list', file: 'phenom/search-2026.html', url: 'https://careers.gene.com/us/en/c/data-science-ai-ml-jobs' },
  { site: 'phenom', kind: 'job', file: 'phenom/job.html', url: 'https://jobs.rbc.com/ca/en/job/R-0000099001/Machine-Learning-Engineer-Fraud-Models' },
  { site: 'phenom', kind: 'job', file: 'phenom/job-2026.html', url: 'https://careers.gene.com/us/en/job/202611-100123/Senior-Data-Scientist-Clinical-ML' },
  { site: 'taleo', kind: 'list', file: 'taleo/jobsearch.html', url: 'https://northwind.taleo.net/careersection/ex/jobsearch.ftl?lang=en' },
  { site: 'taleo', kind: 'list', file: 'taleo/faceted.html', url: 'https://northwind.taleo.net/careersection/2/jobsearch.ftl' },
  { site: 'taleo', kind: 'job', file: 'taleo/jobdetail.html', url: 'https://northwind.taleo.net/careersection/ex/jobdetail.ftl?job=2600451&lang=en' },
  { site: 'taleo', kind: 'list', file: 'taleo/tbe-results.html', url: 'https://fern.tbe.taleo.net/fern01/ats/careers/v2/searchResults?org=FERNLEAF&cws=37' },
  { site: 'taleo', kind: 'job', file: 'taleo/tbe-job.html', url: 'https://fern.tbe.taleo.net/fern01/ats/careers/v2/viewRequisition?org=FERNLEAF&cws=37&rid=412' },
  { site: 'bamboohr', kind: 'list', file: 'bamboohr/careers.html', url: 'https://lumenpath.bamboohr.com/careers' },
  { site: 'bamboohr', kind: 'list', file: 'bamboohr/jobs-2021.html', url: 'https://lumenpath.bamboohr.com/jobs/' },
  { site: 'bamboohr', kind: 'job', file: 'bamboohr/job.html', url: 'https://lumenpath.bamboohr.com/careers/36' },
  { site: 'openai', kind: 'list', file: 'openai/search.html', url: 'https://openai.com/careers/search/?q=engineer' },
  { site: 'openai', kind: 'job', file: 'openai/role.html', url: 'https://openai.com/careers/research-engineer-post-training-san-francisco/' },
  { site: 'anthropic', kind: 'list', file: 'anthropic/jobs.html', url: 'https://www.anthropic.com/careers/jobs' },
  { site: 'anthropic', kind: 'job', file: 'anthropic/job.html', url: 'https://www.anthropic.com/careers/jobs/4900000001' },
  { site: 'stripe', kind: 'list', file: 'stripe/search.html', url: 'https://stripe.com/careers/search?query=ml' },
  { site: 'stripe', kind: 'list', file: 'stripe/search-2024.html', url: 'https://stripe.com/jobs/search?query=ml' },
  { site: 'stripe', kind: 'job', file: 'stripe/job.html', url: 'https://stripe.com/careers/listing/machine-learning-engineer-risk/7100001' },
  { site: 'apple', kind: 'list', file: 'apple/search.html', url: 'https://jobs.apple.com/en-us/search?search=machine%20learning&sort=relevance' },
  { site: 'apple', kind: 'list', file: 'apple/search-2024.html', url: 'https://jobs.apple.com/en-gb/search?search=ai' },
  { site: 'apple', kind: 'job', file: 'apple/job.html', url: 'https://jobs.apple.com/en-us/details/200000001-0836/machine-learning-engineer-model-inference?team=SFTWR' },
  { site: 'amazon', kind: 'list', file: 'amazon/search.html', url: 'https://www.amazon.jobs/en/search?base_query=machine+learning' },
  { site: 'amazon', kind: 'list', file: 'amazon/team.html', url: 'https://www.amazon.jobs/content/en/teams/ftr/amazon-robotics' },
  { site: 'amazon', kind: 'job', file: 'amazon/job.html', url: 'https://www.amazon.jobs/en/jobs/10000001/senior-applied-scientist-agentic-foundation-models' },
  { site: 'meta', kind: 'list', file: 'meta/search.html', url: 'https://www.metacareers.com/jobs/?q=ai' },
  { site: 'meta', kind: 'job', file: 'meta/job.html', url: 'https://www.metacareers.com/profile/job_details/1000000000000001' },
  { site: 'naukri', kind: 'list', file: 'naukri/search.html', url: 'https://www.naukri.com/ai-engineer-jobs-in-bangalore?k=ai%20engineer' },
  { site: 'jobright', kind: 'list', file: 'jobright/recommend.html', url: 'https://jobright.ai/jobs/recommend' },
  { site: 'jobright', kind: 'job', file: 'jobright/job.html', url: 'https://jobright.ai/jobs/info/6a00000000000000000000b2' },
  { site: 'naukri', kind: 'job', file: 'naukri/job.html', url: 'https://www.naukri.com/job-listings-applied-ml-engineer-quillmark-labs-bengaluru-3-to-6-years-120926000002?src=jobsearchDesk' },
  { site: 'ziprecruiter', kind: 'list', file: 'ziprecruiter/search.html', url: 'https://www.ziprecruiter.com/jobs-search?search=ai+engineer&location=Remote+%28USA%29&lk=zR7kQp2mVx9LwT4bNc8aYe' },
  { site: 'ziprecruiter', kind: 'list', file: 'ziprecruiter/search-2026-employer-section.html', url: 'https://www.ziprecruiter.com/jobs-search?search=ai&location=Houston%2C+TX&lk=Tq4mWz8rLc2Hn6Ys0Bv1Xa' },
  { site: 'simplyhired', kind: 'list', file: 'simplyhired/search.html', url: 'https://www.simplyhired.com/search?q=ai+engineer&l=Austin%2C+TX' },
  { site: 'simplyhired', kind: 'job', file: 'simplyhired/job.html', url: 'https://www.simplyhired.com/job/Zk4Hs8Tj2Wq6Er0Ty3Ui7Op1As5Df' },
  { site: 'ziprecruiter', kind: 'job', file: 'ziprecruiter/job.html', url: 'https://www.ziprecruiter.com/c/Quillmark/Job/Applied-AI-Engineer/-in-New-York,NY?jid=9f8e7d6c5b4a3a2b' },
].map((p) => ({ ...p, path: join(ROOT, 'tests/fixtures', p.file) }));

/** The schema.org-only fixtures: on hosts no adapter matches, so the content script never runs. */
export const JSONLD_PAGES = [
  { site: null, kind: 'job', file: 'jsonld/careers-job.html', url: 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer' },
  { site: null, kind: 'list', file: 'jsonld/list-of-jobs.html', url: 'https://jobs.bluefin.example/roles' },
  { site: null, kind: 'job', file: 'jsonld/hostile.html', url: 'https://careers.mallory.example/jobs/4242' },
  { site: null, kind: 'job', file: 'jsonld/no-job.html', url: 'https://quiet.example/about' },
].map((p) => ({ ...p, path: join(ROOT, 'tests/fixtures', p.file) }));

/** `pages` for launchWithExtension: every fixture at its URL. */
export function routesFor(pages) {
  return Object.fromEntries(pages.map((p) => [p.url, p.path]));
}

/**
 * What the shared adapters read from each page (one tsx process for all: see parse-pages.ts), as
 * { adapters: [{ id, name, matches }], supportedMatches, byUrl: Map(url → result) }; each result:
 * { site, runs, listings: [{ id, title }], detail: { id, title } | null } as `npm run -s parse` reads them, plus `marked`: the id of every
 * element the content script is expected to mark (each card element, and the detail element).
 */
export async function expectedFor(pages) {
  const run = promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/e2e/parse-pages.ts')], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
    encoding: 'utf8',
  });
  run.child.stdin.end(JSON.stringify(pages.map(({ url, path }) => ({ url, path }))));
  const { adapters, supportedMatches, results } = JSON.parse((await run).stdout);
  return { adapters, supportedMatches, byUrl: new Map(results.map((r) => [r.url, r])) };
}

/** Runs the real parse CLI on one page (slow: one tsx start), for the cross-check. */
export async function parseCli({ url, path }) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/parse.ts'), '--url', url, path], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
    encoding: 'utf8',
  });
  return JSON.parse(stdout);
}
