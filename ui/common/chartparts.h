#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

namespace dojo::ui {

// The parts the players' and the reports' charts are made of, so they look alike.

// A quiet chart: no animation, no legend, narrow margins.
QChart *newChart(const QString &title);
// The legend, for a chart of more than one series, under it.
void showLegendBelow(QChart *chart);
// Bars in `colour` with a slightly darker border.
QBarSet *barSet(const QString &label, const QColor &colour);
// Categories along an axis; no title when `title` is empty.
QBarCategoryAxis *categoryAxis(const QStringList &categories, const QString &title = {});
// Values from `low` to `high`, widened to round steps.
QValueAxis *valueAxis(const QString &title, double low, double high, const QString &format);

} // namespace dojo::ui
