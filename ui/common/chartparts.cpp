#include "common/chartparts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

namespace dojo::ui {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void showLegendBelow(QChart *chart)
{
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    if (!title.isEmpty())
        axis->setTitleText(title);
    return axis;
}

QValueAxis *valueAxis(const QString &title, double low, double high, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(low, high);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace dojo::ui
