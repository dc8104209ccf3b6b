import { showBadge } from '@/components/badge/badge';
import { analyzePage } from '@/lib/page/analyze';
import { mark } from '@/lib/page/markers';

// Injected on demand by the popup's "Analyze this page" (activeTab + scripting): reads the page's
// schema.org JobPosting data, badges the job's heading, and returns the roles to the popup.
export default defineUnlistedScript(() => {
  const { roles, detail } = analyzePage({ url: new URL(location.href), document });
  const open = roles.find((role) => role.open);
  if (detail && open) {
    mark(detail.element, detail.id, open.classification.label);
    if (detail.badgeAnchor) showBadge(detail.element, detail.badgeAnchor, { classification: open.classification, source: open.source });
  }
  return roles;
});
