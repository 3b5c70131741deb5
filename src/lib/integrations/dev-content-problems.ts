import type { ContentProblem } from '../content/content-problem.ts';

/**
 * The problems `astro dev` found in content/ right now. The integration and the
 * pages run in one process but load this file as two module instances (Node and
 * Vite's module runner), so the state lives on globalThis, read at render time.
 * A build never sets it: it stops on any problem before rendering.
 */
const KEY = Symbol.for('article-site.content-problems');
interface State {
  problems: readonly ContentProblem[];
  /** Counts the changes, so an open page can tell whether it shows the latest. */
  generation: number;
}
type Holder = { [KEY]?: State };

const state = (): State => ((globalThis as Holder)[KEY] ??= { problems: [], generation: 0 });

export const currentContentProblems = (): readonly ContentProblem[] => state().problems;
export const contentProblemsGeneration = (): number => state().generation;

/** The message a page sends once connected for live reload, with the generation it was rendered with. */
export const RENDERED_EVENT = 'content-problems:rendered';

interface DevServer {
  ws: {
    send(payload: { type: 'full-reload' }): void;
    on(event: string, listener: (data: { generation?: unknown }, client: { send(payload: { type: 'full-reload' }): void }) => void): void;
  };
}

/**
 * Keeps open pages in step with the list: a change reloads them all, and a page
 * that was reloading when the message went out (so missed it) says which
 * generation it shows when it connects, and is reloaded again if that is stale.
 */
export function serveContentProblems(server: DevServer): (problems: readonly ContentProblem[]) => void {
  server.ws.on(RENDERED_EVENT, (data, client) => {
    if (data.generation !== state().generation) client.send({ type: 'full-reload' });
  });
  return (problems) => {
    const current = state();
    current.problems = problems;
    current.generation += 1;
    server.ws.send({ type: 'full-reload' });
  };
}
