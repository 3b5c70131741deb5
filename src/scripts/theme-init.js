// Pre-paint, inlined in every page: see src/lib/reader/theme.ts. Kept short, it ships as is.
document.documentElement.classList.add('js');
try {
  var storedTheme = localStorage.getItem('theme');
  if (storedTheme === 'light' || storedTheme === 'dark') document.documentElement.dataset.theme = storedTheme;
} catch (e) {}
