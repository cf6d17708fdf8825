#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

class QDateTimeAxis;
class QValueAxis;

namespace dojo::ui {

// One line of a health chart: a table's figure, or the venue's.
struct ChartLine
{
    QString name;
    QColor colour;
    QList<QPointF> points; // x: ms since 1970
};

// A threshold drawn across the chart as a dashed line: where a warning or critical alert starts.
struct ChartThreshold
{
    QString name; // "Warning: under 45"
    double value = 0.0;
    bool critical = false;
};

// One chart of the health window: the last hour along a time axis, the figure's axis titled with
// its unit from zero, its lines and its thresholds, with a legend below.
class HealthChart : public QChartView
{
    Q_OBJECT

public:
    HealthChart(const QString &title, const QString &valueTitle, QWidget *parent = nullptr);

    // Draws these lines and thresholds from `fromMs` to `toMs`; the value axis fits the highest
    // line and threshold.
    void show(const std::vector<ChartLine> &lines, const std::vector<ChartThreshold> &thresholds,
              qint64 fromMs, qint64 toMs);
    int lineCount() const { return m_lines; }
    int thresholdCount() const { return m_thresholds; }
    double valueTop() const;

private:
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
    int m_lines = 0;
    int m_thresholds = 0;
};

} // namespace dojo::ui
