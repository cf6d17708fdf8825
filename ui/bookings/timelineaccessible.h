#pragma once

namespace dojo::ui {

// Lets screen readers see each booking's block on a timeline as an item of its own, named by
// the block's sentence (BookingTimeline::blockName), with its place on the screen and whether
// it is selected. Installed once, by the first timeline.
void installTimelineAccessibility();

} // namespace dojo::ui
