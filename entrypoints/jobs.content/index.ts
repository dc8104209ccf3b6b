import { SUPPORTED_MATCHES } from '@/lib/sites';
export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  main() {},
});
