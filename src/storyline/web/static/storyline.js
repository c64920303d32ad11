// Progressive enhancement only: every page works without this script.
// Pressing "/" focuses the search box, as on most search-driven sites.
document.addEventListener("keydown", (event) => {
  const box = document.querySelector("header.top input[type=search]");
  if (event.key === "/" && box && document.activeElement !== box && !event.target.closest("input, textarea")) {
    event.preventDefault();
    box.focus();
  }
});
