#pragma once

#include <health/healthhistory.h>

#include <QList>
#include <QPointF>

#include <functional>

namespace dojo::ui {

// Which side of a figure is bad: a point of the chart stands for several seconds and shows the
// worst of them, so a slow second is never averaged away.
enum class WorstSide { High, Low };

// The history's samples as at most `points` chart points (x: ms since 1970, y: the figure),
// each the worst of its run of seconds; seconds where `value` is NaN (the table was not there)
// are left out.
QList<QPointF> chartPoints(const health::HealthHistory &history,
                           const std::function<float(int index)> &value, int points,
                           WorstSide worst);

} // namespace dojo::ui
