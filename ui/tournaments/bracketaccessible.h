#pragma once

namespace dojo::ui {

// Lets screen readers see each match of a bracket view as an item of its own, named by the
// match's sentence (BracketView::matchName), with its place on the screen and whether it is
// selected. Installed once, by the first bracket view.
void installBracketAccessibility();

} // namespace dojo::ui
