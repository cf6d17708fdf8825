#include "venue/reports.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <utility>

namespace dojo::venue {

namespace {

using WeekKey = std::pair<int, int>; // ISO year, ISO week

WeekKey weekKeyOf(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return {year, week};
}

// The part of [from, to) inside the period, as whole seconds; empty when there is none.
std::optional<std::pair<QDateTime, QDateTime>> clipped(const QDateTime &from, const QDateTime &to,
                                                       const QDateTime &start, const QDateTime &end)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    const QDateTime first = std::max(from, start);
    const QDateTime last = std::min(to, end);
    if (last <= first)
        return std::nullopt;
    return std::pair{first, last};
}

// When the tables' open time in the period ends: its end, or `openUntil` when that is sooner.
QDateTime openEnd(const ReportPeriod &period, const QTimeZone &zone, const QDateTime &openUntil)
{
    const QDateTime end = period.end(zone);
    return openUntil.isValid() ? std::max(std::min(end, openUntil), period.start(zone)) : end;
}

// Calls `add` with every local hour slice of the played time inside the period.
void forEachPlayedSlice(const std::vector<TableTime> &played, const ReportPeriod &period,
                        const QTimeZone &zone, const QDateTime &openUntil,
                        const std::function<void(const TableTime &, const HourSlice &)> &add)
{
    if (!period.isValid())
        return;
    const QDateTime start = period.start(zone);
    const QDateTime end = openEnd(period, zone, openUntil);
    for (const TableTime &time : played) {
        const auto inside = clipped(time.from, time.to, start, end);
        if (!inside)
            continue;
        for (const HourSlice &slice : localHours(inside->first, inside->second, zone))
            add(time, slice);
    }
}

qint64 openSeconds(const ReportPeriod &period, const QTimeZone &zone, const QDateTime &openUntil)
{
    return period.isValid() ? period.start(zone).secsTo(openEnd(period, zone, openUntil)) : 0;
}

// Every local hour of the period: how long the tables were open in it, one table's worth.
std::vector<HourSlice> periodHours(const ReportPeriod &period, const QTimeZone &zone,
                                   const QDateTime &openUntil)
{
    if (!period.isValid())
        return {};
    return localHours(period.start(zone), openEnd(period, zone, openUntil), zone);
}

// Calls `add` with every receipt issued in the period that counts, at its local time.
void forEachTaking(const std::vector<Takings> &takings, const ReportPeriod &period,
                   const QTimeZone &zone,
                   const std::function<void(const Takings &, const QDateTime &)> &add)
{
    if (!period.isValid())
        return;
    const QDateTime start = period.start(zone);
    const QDateTime end = period.end(zone);
    for (const Takings &taking : takings) {
        if (taking.voided || !taking.issuedAt.isValid() || taking.issuedAt < start
            || taking.issuedAt >= end)
            continue;
        add(taking, taking.issuedAt.toTimeZone(zone));
    }
}

void addTaking(UseAndRevenue &use, const Takings &taking)
{
    use.revenueCents += taking.cents;
    ++use.receipts;
}

} // namespace

QDateTime ReportPeriod::start(const QTimeZone &zone) const
{
    return QDateTime(first, QTime(0, 0), zone);
}

QDateTime ReportPeriod::end(const QTimeZone &zone) const
{
    return QDateTime(last.addDays(1), QTime(0, 0), zone);
}

ReportPeriod weekOf(QDate today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return {monday, monday.addDays(6)};
}

ReportPeriod weekBefore(QDate today)
{
    return weekOf(today.addDays(-7));
}

ReportPeriod monthOf(QDate today)
{
    const QDate first(today.year(), today.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

QString WeekUse::label() const
{
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

std::vector<HourSlice> localHours(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    std::vector<HourSlice> slices;
    if (!from.isValid() || !to.isValid())
        return slices;
    const qint64 end = to.toSecsSinceEpoch();
    qint64 at = from.toSecsSinceEpoch();
    // The next change of the clocks, asked again only once it is passed (asking is slow).
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    qint64 change = std::numeric_limits<qint64>::min();
    while (at < end) {
        const QDateTime instant = QDateTime::fromSecsSinceEpoch(at, zone);
        if (change <= at) {
            QTimeZone::OffsetData next = zone.nextTransition(instant);
            if (next.atUtc.isValid() && next.atUtc.toSecsSinceEpoch() <= at)
                next = zone.nextTransition(instant.addSecs(1));
            change = next.atUtc.isValid() && next.atUtc.toSecsSinceEpoch() > at
                         ? next.atUtc.toSecsSinceEpoch()
                         : kNever;
        }
        const QTime local = instant.time();
        qint64 next = at + 3600 - (local.minute() * 60 + local.second());
        // Clocks that change inside an hour (half-hour shifts) start a new slice there.
        next = std::min(next, change);
        next = std::min(std::max(next, at + 1), end);
        slices.push_back({instant.date(), local.hour(), next - at});
        at = next;
    }
    return slices;
}

std::vector<TableUse> useByTable(const std::vector<ReportTable> &tables,
                                 const std::vector<TableTime> &played,
                                 const std::vector<Takings> &takings, const ReportPeriod &period,
                                 const QTimeZone &zone, const QDateTime &openUntil)
{
    std::vector<TableUse> rows;
    std::map<qint64, std::size_t> rowOfId;
    for (const ReportTable &table : tables) {
        rowOfId[table.id] = rows.size();
        rows.push_back({table, {}});
    }
    // Removed tables, known by name only, come after the venue's tables, by name.
    std::map<QString, UseAndRevenue> removed;
    const auto useOf = [&](qint64 tableId, const QString &name) -> UseAndRevenue & {
        if (const auto found = rowOfId.find(tableId); tableId != 0 && found != rowOfId.end())
            return rows[found->second].use;
        return removed[name];
    };
    forEachPlayedSlice(played, period, zone, openUntil,
                       [&](const TableTime &time, const HourSlice &slice) {
                           useOf(time.tableId, time.tableName).playedSeconds += slice.seconds;
                       });
    forEachTaking(takings, period, zone, [&](const Takings &taking, const QDateTime &) {
        addTaking(useOf(taking.tableId, taking.tableName), taking);
    });
    for (const auto &[name, use] : removed)
        rows.push_back({{0, name}, use});
    const qint64 periodSeconds = openSeconds(period, zone, openUntil);
    for (TableUse &row : rows)
        row.use.openSeconds = periodSeconds;
    return rows;
}

std::vector<HourUse> useByHourOfDay(int tableCount, const std::vector<TableTime> &played,
                                    const std::vector<Takings> &takings, const ReportPeriod &period,
                                    const QTimeZone &zone, const QDateTime &openUntil)
{
    std::vector<HourUse> rows(24);
    for (int hour = 0; hour < 24; ++hour)
        rows[hour].hour = hour;
    forEachPlayedSlice(played, period, zone, openUntil,
                       [&](const TableTime &, const HourSlice &slice) {
                           rows[slice.hour].use.playedSeconds += slice.seconds;
                       });
    forEachTaking(takings, period, zone, [&](const Takings &taking, const QDateTime &local) {
        addTaking(rows[local.time().hour()].use, taking);
    });
    for (const HourSlice &slice : periodHours(period, zone, openUntil))
        rows[slice.hour].use.openSeconds += slice.seconds * tableCount;
    return rows;
}

std::vector<DayUse> useByDay(int tableCount, const std::vector<TableTime> &played,
                             const std::vector<Takings> &takings, const ReportPeriod &period,
                             const QTimeZone &zone, const QDateTime &openUntil)
{
    std::vector<DayUse> rows;
    if (!period.isValid())
        return rows;
    for (QDate day = period.first; day <= period.last; day = day.addDays(1))
        rows.push_back({day, {}});
    UseAndRevenue outside; // never hit: every slice and receipt is inside the period
    const auto rowOf = [&](QDate day) -> UseAndRevenue & {
        const qint64 index = period.first.daysTo(day);
        return index >= 0 && index < qint64(rows.size()) ? rows[std::size_t(index)].use : outside;
    };
    forEachPlayedSlice(played, period, zone, openUntil,
                       [&](const TableTime &, const HourSlice &slice) {
                           rowOf(slice.day).playedSeconds += slice.seconds;
                       });
    forEachTaking(takings, period, zone, [&](const Takings &taking, const QDateTime &local) {
        addTaking(rowOf(local.date()), taking);
    });
    for (const HourSlice &slice : periodHours(period, zone, openUntil))
        rowOf(slice.day).openSeconds += slice.seconds * tableCount;
    return rows;
}

std::vector<WeekUse> useByWeek(int tableCount, const std::vector<TableTime> &played,
                               const std::vector<Takings> &takings, const ReportPeriod &period,
                               const QTimeZone &zone, const QDateTime &openUntil)
{
    std::map<WeekKey, UseAndRevenue> weeks;
    if (!period.isValid())
        return {};
    for (QDate day = period.first; day <= period.last; day = day.addDays(1))
        weeks[weekKeyOf(day)];
    forEachPlayedSlice(played, period, zone, openUntil,
                       [&](const TableTime &, const HourSlice &slice) {
                           weeks[weekKeyOf(slice.day)].playedSeconds += slice.seconds;
                       });
    forEachTaking(takings, period, zone, [&](const Takings &taking, const QDateTime &local) {
        addTaking(weeks[weekKeyOf(local.date())], taking);
    });
    for (const HourSlice &slice : periodHours(period, zone, openUntil))
        weeks[weekKeyOf(slice.day)].openSeconds += slice.seconds * tableCount;
    std::vector<WeekUse> rows;
    for (const auto &[key, use] : weeks)
        rows.push_back({key.first, key.second, use});
    return rows;
}

UseAndRevenue useInPeriod(int tableCount, const std::vector<TableTime> &played,
                          const std::vector<Takings> &takings, const ReportPeriod &period,
                          const QTimeZone &zone, const QDateTime &openUntil)
{
    UseAndRevenue use;
    forEachPlayedSlice(
        played, period, zone, openUntil,
        [&](const TableTime &, const HourSlice &slice) { use.playedSeconds += slice.seconds; });
    forEachTaking(takings, period, zone,
                  [&](const Takings &taking, const QDateTime &) { addTaking(use, taking); });
    use.openSeconds = openSeconds(period, zone, openUntil) * tableCount;
    return use;
}

std::vector<PeakHour> peakHours(int tableCount, const std::vector<TableTime> &played,
                                const ReportPeriod &period, const QTimeZone &zone, int count,
                                const QDateTime &openUntil)
{
    // An hour of the week is weekday * 24 + hour, Monday 00:00 first.
    std::map<int, qint64> playedIn;
    std::map<int, qint64> openIn;
    const auto slotOf
        = [](const HourSlice &slice) { return (slice.day.dayOfWeek() - 1) * 24 + slice.hour; };
    forEachPlayedSlice(played, period, zone, openUntil,
                       [&](const TableTime &, const HourSlice &slice) {
                           playedIn[slotOf(slice)] += slice.seconds;
                       });
    for (const HourSlice &slice : periodHours(period, zone, openUntil))
        openIn[slotOf(slice)] += slice.seconds * tableCount;

    std::vector<PeakHour> hours;
    for (const auto &[slot, seconds] : playedIn) {
        const qint64 open = openIn[slot];
        if (seconds <= 0 || open <= 0)
            continue;
        hours.push_back({slot / 24 + 1, slot % 24, double(seconds) / double(open)});
    }
    // Stable: equal occupancies keep the week's order.
    std::stable_sort(hours.begin(), hours.end(), [](const PeakHour &a, const PeakHour &b) {
        return a.occupancy > b.occupancy;
    });
    if (hours.size() > std::size_t(std::max(count, 0)))
        hours.resize(std::size_t(std::max(count, 0)));
    return hours;
}

std::vector<NoShowDay> noShowsByDay(const std::vector<BookingOutcome> &bookings,
                                    const ReportPeriod &period, const QTimeZone &zone)
{
    std::vector<NoShowDay> rows;
    if (!period.isValid())
        return rows;
    for (QDate day = period.first; day <= period.last; day = day.addDays(1))
        rows.push_back({day, 0, 0});
    for (const BookingOutcome &booking : bookings) {
        if (booking.cancelled || !booking.startsAt.isValid())
            continue;
        const QDate day = booking.startsAt.toTimeZone(zone).date();
        if (day < period.first || day > period.last)
            continue;
        NoShowDay &row = rows[std::size_t(period.first.daysTo(day))];
        ++row.bookings;
        if (booking.released)
            ++row.noShows;
    }
    return rows;
}

VenueReport makeReport(const QString &venueName, const QString &currency, const QTimeZone &zone,
                       const ReportPeriod &period, const std::vector<ReportTable> &tables,
                       const std::vector<TableTime> &played, const std::vector<Takings> &takings,
                       const std::vector<BookingOutcome> &bookings, const QDateTime &openUntil)
{
    VenueReport report;
    report.venueName = venueName;
    report.currency = currency;
    report.zone = zone;
    report.period = period;
    const int tableCount = int(tables.size());
    report.tableCount = tableCount;
    report.total = useInPeriod(tableCount, played, takings, period, zone, openUntil);
    report.byTable = useByTable(tables, played, takings, period, zone, openUntil);
    report.byHour = useByHourOfDay(tableCount, played, takings, period, zone, openUntil);
    report.byDay = useByDay(tableCount, played, takings, period, zone, openUntil);
    report.byWeek = useByWeek(tableCount, played, takings, period, zone, openUntil);
    report.peaks = peakHours(tableCount, played, period, zone, kPeakHourCount, openUntil);
    std::set<int> peakHoursOfDay;
    for (const PeakHour &peak : report.peaks)
        peakHoursOfDay.insert(peak.hour);
    for (HourUse &hour : report.byHour)
        hour.peak = peakHoursOfDay.count(hour.hour) > 0;
    report.noShows = noShowsByDay(bookings, period, zone);
    for (const NoShowDay &day : report.noShows) {
        report.bookings += day.bookings;
        report.noShowCount += day.noShows;
    }
    return report;
}

} // namespace dojo::venue
