// One module for the whole site: one small request (or none, when Astro inlines it).
import { followToc } from './toc-follow.ts';
import { setUpThemeToggle } from './theme-toggle.ts';

const toc = document.querySelector<HTMLElement>('[data-toc]');
if (toc) followToc(toc);

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) setUpThemeToggle(toggle);

// Replaced by false in a build, so this import and its module are left out of every published page.
if (import.meta.env.DEV) void import('./dev-content-problems.ts');
