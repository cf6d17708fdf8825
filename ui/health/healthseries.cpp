#include "health/healthseries.h"

#include <algorithm>
#include <cmath>

namespace dojo::ui {

QList<QPointF> chartPoints(const health::HealthHistory &history,
                           const std::function<float(int index)> &value, int points,
                           WorstSide worst)
{
    QList<QPointF> chart;
    const int size = history.size();
    if (size == 0 || points <= 0)
        return chart;
    const int run = std::max(1, (size + points - 1) / points);
    chart.reserve(size / run + 1);
    for (int start = 0; start < size; start += run) {
        const int end = std::min(size, start + run);
        bool any = false;
        float worstValue = 0;
        for (int index = start; index < end; ++index) {
            const float figure = value(index);
            if (std::isnan(figure))
                continue;
            if (!any || (worst == WorstSide::High ? figure > worstValue : figure < worstValue))
                worstValue = figure;
            any = true;
        }
        if (any) // at the run's last second: the chart ends at the newest sample
            chart.append(QPointF(double(history.venue(end - 1).msecs), double(worstValue)));
    }
    return chart;
}

} // namespace dojo::ui
