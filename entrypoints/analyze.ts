import { showBadge } from '@/components/badge/badge';
import { analyzePage } from '@/lib/page/analyze';
import { mark } from '@/lib/page/markers';

// Injected on demand by the popup's "Analyze this page" (activeTab + scripting): reads the page's
// jobs (a known vendor's career-site markup, else its schema.org JobPosting data), marks them,
// badges the open job and the AI engineering roles among the cards, and returns the roles to the popup.
export default defineUnlistedScript(() => {
  const { roles, shown } = analyzePage({ url: new URL(location.href), document });
  for (const { element, badgeAnchor, role } of shown) {
    mark(element, role.id, role.classification.label);
    if (badgeAnchor && (role.open || role.classification.label !== 'other')) {
      showBadge(element, badgeAnchor, { classification: role.classification, source: role.source });
    }
  }
  return roles;
});
