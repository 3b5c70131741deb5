/**
 * The arguments after `node` in the `npm run build` script
 * (`node --env-file=… node_modules/astro/bin/astro.mjs build`): the benchmark and the test builds
 * start the build with the project's own Node and these, so they build the way deployers do.
 */
export function buildScriptNodeArgs(script: string): string[] {
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node' || !args.some((arg) => arg.endsWith('astro.mjs')) || args.at(-1) !== 'build' || script.includes('&&')) {
    throw new Error(`the build script should be «node [options] node_modules/astro/bin/astro.mjs build», found «${script}»`);
  }
  return args;
}
