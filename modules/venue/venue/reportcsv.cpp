#include "venue/reportcsv.h"

#include "venue/internal/venuetr.h"

#include <QSaveFile>

#include <cstdlib>

namespace dojo::venue {

using internal::Tr;

namespace {

QString percent(double ratio)
{
    return QString::number(ratio * 100.0, 'f', 1);
}

QString minutes(const UseAndRevenue &use)
{
    return QString::number(use.playedMinutes());
}

QString table(const QStringList &header, const std::vector<QStringList> &rows)
{
    QString csv = csvLine(header);
    for (const QStringList &row : rows)
        csv += csvLine(row);
    return csv;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QString csvField(const QString &text)
{
    const bool quoted = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                        || text.contains(u'\r');
    if (!quoted)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped.append(csvField(field));
    return escaped.join(u',') + QStringLiteral("\r\n");
}

QString csvMoney(Cents cents)
{
    const Cents whole = std::llabs(cents) / 100;
    const Cents rest = std::llabs(cents) % 100;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(rest, 2, 10, QLatin1Char('0'));
}

QString useByDayCsv(const VenueReport &report)
{
    std::vector<QStringList> rows;
    for (const DayUse &day : report.byDay)
        rows.push_back({isoDay(day.day), minutes(day.use), percent(day.use.occupancy()),
                        QString::number(day.use.receipts), csvMoney(day.use.revenueCents),
                        report.currency});
    return table({QStringLiteral("date"), QStringLiteral("played_minutes"),
                  QStringLiteral("occupancy_percent"), QStringLiteral("receipts"),
                  QStringLiteral("revenue"), QStringLiteral("currency")},
                 rows);
}

QString useByHourCsv(const VenueReport &report)
{
    std::vector<QStringList> rows;
    for (const HourUse &hour : report.byHour)
        rows.push_back({QString::number(hour.hour), minutes(hour.use),
                        percent(hour.use.occupancy()), QString::number(hour.use.receipts),
                        csvMoney(hour.use.revenueCents), report.currency,
                        hour.peak ? QStringLiteral("yes") : QStringLiteral("no")});
    return table({QStringLiteral("hour"), QStringLiteral("played_minutes"),
                  QStringLiteral("occupancy_percent"), QStringLiteral("receipts"),
                  QStringLiteral("revenue"), QStringLiteral("currency"), QStringLiteral("peak")},
                 rows);
}

QString useByTableCsv(const VenueReport &report)
{
    std::vector<QStringList> rows;
    for (const TableUse &use : report.byTable)
        rows.push_back({use.table.name, minutes(use.use), percent(use.use.occupancy()),
                        QString::number(use.use.receipts), csvMoney(use.use.revenueCents),
                        report.currency});
    return table({QStringLiteral("table"), QStringLiteral("played_minutes"),
                  QStringLiteral("occupancy_percent"), QStringLiteral("receipts"),
                  QStringLiteral("revenue"), QStringLiteral("currency")},
                 rows);
}

QString useByWeekCsv(const VenueReport &report)
{
    std::vector<QStringList> rows;
    for (const WeekUse &week : report.byWeek)
        rows.push_back({week.label(), minutes(week.use), percent(week.use.occupancy()),
                        QString::number(week.use.receipts), csvMoney(week.use.revenueCents),
                        report.currency});
    return table({QStringLiteral("week"), QStringLiteral("played_minutes"),
                  QStringLiteral("occupancy_percent"), QStringLiteral("receipts"),
                  QStringLiteral("revenue"), QStringLiteral("currency")},
                 rows);
}

QString peakHoursCsv(const VenueReport &report)
{
    std::vector<QStringList> rows;
    for (const PeakHour &peak : report.peaks)
        rows.push_back(
            {QString::number(peak.weekday), QString::number(peak.hour), percent(peak.occupancy)});
    return table(
        {QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("occupancy_percent")},
        rows);
}

QString noShowsByDayCsv(const VenueReport &report)
{
    std::vector<QStringList> rows;
    for (const NoShowDay &day : report.noShows)
        rows.push_back({isoDay(day.day), QString::number(day.bookings),
                        QString::number(day.noShows), percent(day.rate())});
    return table({QStringLiteral("date"), QStringLiteral("bookings"), QStringLiteral("no_shows"),
                  QStringLiteral("no_show_percent")},
                 rows);
}

Result<void> writeCsvFile(const QString &path, const QString &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Unexpected(Tr::tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = csv.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Unexpected(Tr::tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace dojo::venue
