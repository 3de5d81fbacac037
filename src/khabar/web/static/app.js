// khabar: clicking a statement in the side list scrolls to its span and emphasises it.
// Progressive: without JavaScript the links still jump to the #st-ID anchors.
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.st-link");
  if (!link) return;
  const id = link.dataset.target;
  const selector = `[data-speaker~="${CSS.escape(id)}"], [data-cue~="${CSS.escape(id)}"], ` +
    `[data-content~="${CSS.escape(id)}"]`;
  const spans = document.querySelectorAll(selector);
  if (spans.length === 0) return;
  event.preventDefault();
  document.querySelectorAll(".hl.active, .statement-list li.active")
    .forEach((el) => el.classList.remove("active"));
  spans.forEach((el) => el.classList.add("active"));
  link.closest("li").classList.add("active");
  spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  history.replaceState(null, "", `#st-${id}`);
});
