// Dev only (main.ts imports it behind import.meta.env.DEV): tells the dev server which list of content
// problems this page was rendered with, so a change it missed while reloading still reaches it.
import { RENDERED_EVENT } from '../lib/integrations/dev-content-problems.ts';

const hot = import.meta.hot;
if (hot) {
  const generation = Number(document.body.dataset.contentProblems);
  const report = () => hot.send(RENDERED_EVENT, { generation });
  report();
  hot.on('vite:ws:connect', report);
}
