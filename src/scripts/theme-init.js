// Inlined in <head> as text, before anything paints, so a stored theme never flashes the other one.
// Plain JS on purpose: it is not bundled. Key as in src/lib/theme.ts.
try {
  var storedTheme = localStorage.getItem('theme');
  if (storedTheme === 'light' || storedTheme === 'dark') document.documentElement.dataset.theme = storedTheme;
} catch (e) {}
