#include "health/healthchart.h"

#include "common/uitr.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace dojo::ui {

namespace {

const QColor kWarning(0xef, 0x6c, 0x00);
const QColor kCritical(0xc6, 0x28, 0x28);

// A round top for an axis from 0 showing `top`, and its ticks: steps of 1, 2, 2.5 or 5 times
// a power of ten, four or five of them.
std::pair<double, int> roundTop(double top)
{
    const double power = std::pow(10.0, std::floor(std::log10(top / 4.0)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = factor * power;
        const int steps = int(std::ceil(top / step - 1e-9));
        if (steps <= 5)
            return {step * steps, steps + 1};
    }
    return {top, 5};
}

} // namespace

HealthChart::HealthChart(const QString &title, const QString &valueTitle, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_time = new QDateTimeAxis;
    m_time->setTitleText(Tr::tr("Time"));
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(7); // every 10 minutes over the hour
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-3600), now);
    m_value = new QValueAxis;
    m_value->setTitleText(valueTitle);
    m_value->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setFocusPolicy(Qt::NoFocus); // nothing to do with the keys here
}

void HealthChart::show(const std::vector<ChartLine> &lines,
                       const std::vector<ChartThreshold> &thresholds, qint64 fromMs, qint64 toMs)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    // The range before the series: set after them, QDateTimeAxis keeps its labels hidden.
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    double top = 0.0;
    for (const ChartLine &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPen(QPen(line.colour, 2.0));
        series->replace(line.points);
        for (const QPointF &point : line.points)
            top = std::max(top, point.y());
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
    }
    for (const ChartThreshold &threshold : thresholds) {
        auto *series = new QLineSeries;
        series->setName(threshold.name);
        QPen pen(threshold.critical ? kCritical : kWarning, 1.5, Qt::DashLine);
        series->setPen(pen);
        series->append(double(fromMs), threshold.value);
        series->append(double(toMs), threshold.value);
        top = std::max(top, threshold.value);
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
    }
    m_lines = int(lines.size());
    m_thresholds = int(thresholds.size());
    const auto [valueTop, ticks] = roundTop(std::max(top * 1.1, 1.0));
    m_value->setRange(0.0, valueTop);
    m_value->setTickCount(ticks);
    chart->legend()->setVisible(!lines.empty() || !thresholds.empty());
}

double HealthChart::valueTop() const
{
    return m_value->max();
}

} // namespace dojo::ui
