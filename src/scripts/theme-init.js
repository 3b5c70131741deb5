// Inlined as text at the start of <body>, before anything paints, so a stored theme never flashes the other one.
// Plain JS on purpose: it is not bundled. Key as in src/lib/theme.ts.
// The `js` class lets CSS use layouts that need the scripts (the sticky TOC bar on phones).
document.documentElement.classList.add('js');
try {
  var storedTheme = localStorage.getItem('theme');
  if (storedTheme === 'light' || storedTheme === 'dark') document.documentElement.dataset.theme = storedTheme;
} catch (e) {}
