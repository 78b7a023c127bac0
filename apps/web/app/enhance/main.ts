/**
 * The enhancement script every non-hydrated page loads (a few kilobytes; socket.io-client is
 * fetched only by pages that follow a draft live). Pages are complete without it: it only
 * makes forms update in place, keeps typed text safe in the browser, counts characters,
 * shows the diff of a proposed wording as it is typed, and follows drafts live.
 */
import { enhanceConsole } from './console';
import { enhanceForms } from './forms';
import { enhancePage } from './page';

function start(): void {
  enhanceForms(document);
  enhancePage(document);
  enhanceConsole(document);
  if (
    document.querySelector(
      '[data-live-region], [data-live-drafts], [data-live-moderation], [data-live-stats]',
    )
  ) {
    // Live updates can wait until the page is read and idle: socket.io's code is most of this
    // script's weight, and its evaluation would otherwise compete with the first paint.
    const follow = () => void import('./live').then((live) => live.startLive(document));
    if ('requestIdleCallback' in window) window.requestIdleCallback(follow, { timeout: 3000 });
    else setTimeout(follow, 1000);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
