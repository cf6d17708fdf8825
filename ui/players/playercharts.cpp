#include "players/playercharts.h"

#include "common/chartparts.h"
#include "common/uitr.h"

#include <venue/gamenames.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace dojo::ui {

namespace {

// The reports' quiet colours: blue for the rating, green for what was won, orange for play.
const QColor kRatingColour(0x15, 0x65, 0xc0);
const QColor kWonColour(0x2e, 0x7d, 0x32);
const QColor kPlayColour(0xef, 0x6c, 0x00);
const QColor kBreakColour(0x6a, 0x1b, 0x9a);
const QColor kOtherRatingColour(0xc6, 0x28, 0x28);

// "Mar": a month on an axis; the axis title says which months (monthsTitle).
QString monthLabel(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMM"));
}

QString yearMonth(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

// "Month, Jul 2026 to Dec 2026": the span of a month axis.
QString monthsTitle(QDate first, QDate last)
{
    if (first == last)
        return Tr::tr("Month, %1").arg(yearMonth(first));
    return Tr::tr("Month, %1 to %2").arg(yearMonth(first), yearMonth(last));
}

// The same for months labelled with the breaks made in them: "Sep (4)".
QString breakMonthsTitle(QDate first, QDate last)
{
    if (first == last)
        return Tr::tr("Month (breaks), %1").arg(yearMonth(first));
    return Tr::tr("Month (breaks), %1 to %2").arg(yearMonth(first), yearMonth(last));
}

// A line over categories (its points at 0, 1, 2 ...), with its points shown: one month alone
// is a point.
QChart *lineChart(const QString &title, const QStringList &categories, const QList<qreal> &values,
                  const QColor &colour, const QString &xTitle, QValueAxis *y)
{
    QChart *chart = newChart(title);
    auto *series = new QLineSeries;
    for (int index = 0; index < values.size(); ++index)
        series->append(index, values.at(index));
    QPen pen(colour);
    pen.setWidth(3);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setPointLabelsVisible(values.size() <= 12);
    series->setPointLabelsClipping(false);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(categories, xTitle);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

// Bars of per cent over categories, each labelled with its value.
QChart *percentChart(const QString &title, const QStringList &categories,
                     const QList<qreal> &percents, const QColor &colour, const QString &xTitle,
                     const QString &yTitle)
{
    QChart *chart = newChart(title);
    QBarSet *set = barSet(yTitle, colour);
    set->append(percents);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(Tr::tr("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(categories, xTitle);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(yTitle);
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    set->setLabelColor(Qt::white);
    return chart;
}

} // namespace

QChart *ratingOverTimeChart(const std::vector<venue::RatingAt> &ratings)
{
    if (ratings.empty())
        return newChart(Tr::tr("Rating over time: no racks played yet"));
    QStringList months;
    QList<qreal> values;
    double low = ratings.front().rating;
    double high = low;
    for (const venue::RatingAt &at : ratings) {
        months << monthLabel(at.date);
        values << std::round(at.rating);
        low = std::min(low, at.rating);
        high = std::max(high, at.rating);
    }
    QChart *chart
        = lineChart(Tr::tr("Rating at the end of each month"), months, values, kRatingColour,
                    monthsTitle(ratings.front().date, ratings.back().date),
                    valueAxis(Tr::tr("Rating"), low - 40, high + 40, QStringLiteral("%.0f")));
    static_cast<QLineSeries *>(chart->series().front())
        ->setPointLabelsFormat(QStringLiteral("@yPoint"));
    return chart;
}

QChart *winRateByGameChart(const std::vector<venue::GameRecord> &records)
{
    if (records.empty())
        return newChart(Tr::tr("Matches won by game: no matches played yet"));
    QStringList games;
    QList<qreal> percents;
    for (const venue::GameRecord &record : records) {
        games << Tr::tr("%1 (%2)").arg(venue::gameName(record.game)).arg(record.played);
        percents << (record.played == 0 ? 0.0 : std::round(100.0 * record.won / record.played));
    }
    return percentChart(Tr::tr("Matches won by game"), games, percents, kWonColour,
                        Tr::tr("Game (matches played)"), Tr::tr("Matches won (%)"));
}

QChart *ballsPerInningChart(const std::vector<venue::PlayerFigures> &months)
{
    QStringList labels;
    QList<qreal> values;
    std::vector<QDate> shown;
    double high = 0;
    for (const venue::PlayerFigures &month : months) {
        if (month.innings == 0)
            continue;
        shown.push_back(month.month);
        labels << monthLabel(month.month);
        values << std::round(month.ballsPerInning() * 100.0) / 100.0;
        high = std::max(high, month.ballsPerInning());
    }
    if (values.isEmpty())
        return newChart(Tr::tr("Balls per inning: no match by the automatic referee yet"));
    QChart *chart = lineChart(Tr::tr("Balls pocketed per inning, by month"), labels, values,
                              kPlayColour, monthsTitle(shown.front(), shown.back()),
                              valueAxis(Tr::tr("Balls per inning"), 0, std::max(high * 1.2, 1.0),
                                        QStringLiteral("%.1f")));
    static_cast<QLineSeries *>(chart->series().front())
        ->setPointLabelsFormat(QStringLiteral("@yPoint"));
    return chart;
}

QChart *breakSuccessChart(const std::vector<venue::PlayerFigures> &months)
{
    QStringList labels;
    QList<qreal> percents;
    std::vector<QDate> shown;
    for (const venue::PlayerFigures &month : months) {
        if (month.breaks == 0)
            continue;
        shown.push_back(month.month);
        labels << Tr::tr("%1 (%2)").arg(monthLabel(month.month)).arg(month.breaks);
        percents << std::round(month.breakSuccess() * 100.0);
    }
    if (percents.isEmpty())
        return newChart(Tr::tr("Break success: no break by the automatic referee yet"));
    return percentChart(Tr::tr("Breaks that pocketed a ball without a foul, by month"), labels,
                        percents, kBreakColour, breakMonthsTitle(shown.front(), shown.back()),
                        Tr::tr("Breaks made (%)"));
}

QChart *leaderboardChart(const QString &title, const std::vector<RatedPlayer> &players)
{
    if (players.empty())
        return newChart(title);
    QChart *chart = newChart(title);
    QBarSet *set = barSet(Tr::tr("Rating"), kRatingColour);
    set->setSelectedColor(kRatingColour.lighter(170));
    set->setLabelColor(Qt::white);
    QStringList names;
    double low = players.front().rating;
    double high = low;
    // Qt draws the first category at the bottom; a leaderboard reads from the top.
    for (auto player = players.rbegin(); player != players.rend(); ++player) {
        names << player->name;
        set->append(std::round(player->rating));
        if (player->provisional)
            set->selectBar(set->count() - 1);
        low = std::min(low, player->rating);
        high = std::max(high, player->rating);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // The bars start below the lowest rating shown: a rating's distance from zero means nothing.
    auto *x = new QValueAxis;
    x->setTitleText(Tr::tr("Rating (pale: provisional)"));
    x->setRange(std::floor((low - 60) / 50) * 50, std::ceil((high + 20) / 50) * 50);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(50);
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart *twoRatingsChart(const QString &nameA, const std::vector<venue::RatingAt> &ratingsA,
                        const QString &nameB, const std::vector<venue::RatingAt> &ratingsB)
{
    std::set<QDate> monthEnds;
    for (const auto *ratings : {&ratingsA, &ratingsB}) {
        for (const venue::RatingAt &at : *ratings)
            monthEnds.insert(at.date);
    }
    QChart *chart = newChart(Tr::tr("Ratings at the end of each month"));
    if (monthEnds.empty())
        return chart;
    const std::vector<QDate> months(monthEnds.begin(), monthEnds.end());
    double low = 1e9;
    double high = -1e9;
    const auto line = [&](const QString &name, const std::vector<venue::RatingAt> &ratings,
                          const QColor &colour) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (const venue::RatingAt &at : ratings) {
            const auto index = std::find(months.begin(), months.end(), at.date) - months.begin();
            series->append(qreal(index), std::round(at.rating));
            low = std::min(low, at.rating);
            high = std::max(high, at.rating);
        }
        QPen pen(colour);
        pen.setWidth(3);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
        return series;
    };
    QLineSeries *a = line(nameA, ratingsA, kRatingColour);
    QLineSeries *b = line(nameB, ratingsB, kOtherRatingColour);
    QStringList labels;
    for (QDate month : months)
        labels << monthLabel(month);
    QBarCategoryAxis *x = categoryAxis(labels, monthsTitle(months.front(), months.back()));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(Tr::tr("Rating"), low - 40, high + 40, QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {a, b}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    showLegendBelow(chart);
    return chart;
}

} // namespace dojo::ui
