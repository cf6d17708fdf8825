#include "reports/reportcharts.h"

#include "common/chartparts.h"
#include "common/uitr.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dojo::ui {

namespace {

// Plain, quiet colours: one for money, one for time, one to mark what stands out.
const QColor kMoneyColour(0x2e, 0x7d, 0x32);
const QColor kTimeColour(0x15, 0x65, 0xc0);
const QColor kPeakColour(0xef, 0x6c, 0x00);
const QColor kNoShowColour(0xc6, 0x28, 0x28);

double units(venue::Cents cents)
{
    return double(cents) / 100.0; // for drawing only; the reports keep whole cents
}

double hours(const venue::UseAndRevenue &use)
{
    return double(use.playedSeconds) / 3600.0;
}

// A short label per day: the weekday and date for a week or two, the day of the month beyond.
QString dayLabel(QDate day, int days)
{
    const QLocale locale;
    if (days > 14)
        return QString::number(day.day());
    return locale.toString(day, QStringLiteral("ddd d"));
}

QStringList dayLabels(const std::vector<QDate> &days)
{
    QStringList labels;
    for (QDate day : days)
        labels.append(dayLabel(day, int(days.size())));
    return labels;
}

// A value axis from zero that fits `highest`, with round steps.
QValueAxis *axisFromZero(const QString &title, double highest, const QString &format)
{
    return valueAxis(title, 0, std::max(highest * 1.1, 1.0), format);
}

// Vertical bars of one set over categories.
QChart *columnChart(const QString &title, const QStringList &categories, QBarSet *set,
                    const QString &axisTitle, const QString &format)
{
    QChart *chart = newChart(title);
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    double highest = 0;
    for (int i = 0; i < set->count(); ++i)
        highest = std::max(highest, set->at(i));
    QValueAxis *y = axisFromZero(axisTitle, highest, format);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

// Horizontal bars of one set, the first category at the top.
QChart *barChart(const QString &title, QStringList categories, QBarSet *set,
                 const QString &axisTitle, const QString &format)
{
    QChart *chart = newChart(title);
    // Qt draws the first category at the bottom; a list reads from the top.
    std::reverse(categories.begin(), categories.end());
    QList<qreal> values;
    for (int i = set->count() - 1; i >= 0; --i)
        values.append(set->at(i));
    set->remove(0, set->count());
    set->append(values);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    double highest = 0;
    for (qreal value : values)
        highest = std::max(highest, value);
    QValueAxis *x = axisFromZero(axisTitle, highest, format);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QString tableName(const venue::TableUse &use)
{
    return use.table.name.isEmpty() ? Tr::tr("(no table)") : use.table.name;
}

} // namespace

QChart *revenueByDayChart(const venue::VenueReport &report)
{
    QBarSet *set = barSet(Tr::tr("Revenue"), kMoneyColour);
    std::vector<QDate> days;
    for (const venue::DayUse &day : report.byDay) {
        days.push_back(day.day);
        set->append(units(day.use.revenueCents));
    }
    return columnChart(Tr::tr("Revenue by day"), dayLabels(days), set,
                       Tr::tr("Revenue (%1)").arg(report.currency), QStringLiteral("%.0f"));
}

QChart *useByHourChart(const venue::VenueReport &report)
{
    QChart *chart = newChart(Tr::tr("Share of the table time played, by hour of the day"));
    QBarSet *usual = barSet(Tr::tr("Played"), kTimeColour);
    QBarSet *peak = barSet(Tr::tr("Hours with a peak of the week"), kPeakColour);
    QStringList categories;
    double highest = 0;
    for (const venue::HourUse &hour : report.byHour) {
        categories.append(QString::number(hour.hour));
        const double percent = hour.use.occupancy() * 100.0;
        highest = std::max(highest, percent);
        usual->append(hour.peak ? 0.0 : percent);
        peak->append(hour.peak ? percent : 0.0);
    }
    // Stacked, so each hour has one bar in the colour that says whether it is a peak.
    auto *series = new QStackedBarSeries;
    series->append(usual);
    series->append(peak);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(categories, Tr::tr("Hour of the day"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = axisFromZero(Tr::tr("Tables in use (%)"), highest, QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    showLegendBelow(chart);
    return chart;
}

QChart *hoursByTableChart(const venue::VenueReport &report)
{
    QBarSet *set = barSet(Tr::tr("Hours played"), kTimeColour);
    QStringList tables;
    for (const venue::TableUse &use : report.byTable) {
        tables.append(tableName(use));
        set->append(std::round(hours(use.use) * 10.0) / 10.0);
    }
    return barChart(Tr::tr("Hours played by table"), tables, set, Tr::tr("Hours"),
                    QStringLiteral("%.0f"));
}

QChart *revenueByTableChart(const venue::VenueReport &report)
{
    QBarSet *set = barSet(Tr::tr("Revenue"), kMoneyColour);
    QStringList tables;
    for (const venue::TableUse &use : report.byTable) {
        tables.append(tableName(use));
        set->append(units(use.use.revenueCents));
    }
    return barChart(Tr::tr("Revenue by table"), tables, set,
                    Tr::tr("Revenue (%1)").arg(report.currency), QStringLiteral("%.0f"));
}

QChart *noShowsByDayChart(const venue::VenueReport &report)
{
    QChart *chart = newChart(Tr::tr("Bookings and no-shows by day"));
    auto *bookings = new QLineSeries;
    bookings->setName(Tr::tr("Bookings"));
    bookings->setColor(kTimeColour);
    auto *noShows = new QLineSeries;
    noShows->setName(Tr::tr("No-shows"));
    noShows->setColor(kNoShowColour);
    std::vector<QDate> days;
    int highest = 0;
    for (const venue::NoShowDay &day : report.noShows) {
        const qreal x = qreal(days.size());
        days.push_back(day.day);
        bookings->append(x, day.bookings);
        noShows->append(x, day.noShows);
        highest = std::max(highest, day.bookings);
    }
    for (QLineSeries *series : {bookings, noShows}) {
        QPen pen = series->pen();
        pen.setWidth(3);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
    }
    QBarCategoryAxis *x = categoryAxis(dayLabels(days));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setTitleText(Tr::tr("Bookings"));
    y->setRange(0, std::max(highest + 1, 4));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(std::max(1, (highest + 1) / 5));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {bookings, noShows}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    showLegendBelow(chart);
    return chart;
}

QChart *hoursByWeekChart(const venue::VenueReport &report)
{
    QBarSet *set = barSet(Tr::tr("Hours played"), kTimeColour);
    QStringList weeks;
    for (const venue::WeekUse &week : report.byWeek) {
        weeks.append(week.label());
        set->append(hours(week.use));
    }
    return columnChart(Tr::tr("Hours played by week"), weeks, set, Tr::tr("Hours"),
                       QStringLiteral("%.0f"));
}

QChart *revenueByWeekChart(const venue::VenueReport &report)
{
    QBarSet *set = barSet(Tr::tr("Revenue"), kMoneyColour);
    QStringList weeks;
    for (const venue::WeekUse &week : report.byWeek) {
        weeks.append(week.label());
        set->append(units(week.use.revenueCents));
    }
    return columnChart(Tr::tr("Revenue by week"), weeks, set,
                       Tr::tr("Revenue (%1)").arg(report.currency), QStringLiteral("%.0f"));
}

} // namespace dojo::ui
