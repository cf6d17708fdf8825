#pragma once

#include "venue/billing.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace dojo::venue {

// The owner's reports: pure functions over plain values. Hours, days and weeks are the venue's
// local ones (its time zone), so a stretch across midnight counts on both days and a stretch
// across an hour in both hours; a day on which the clocks change has 23 or 25 hours.
// Table use is kept in seconds and shown in whole minutes; money is whole cents.

// The days a report covers, in the venue's calendar: from `first` to `last`, both included.
struct ReportPeriod
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    int days() const { return int(first.daysTo(last)) + 1; }
    // The span in time: from the venue's midnight starting `first` to the one ending `last`.
    QDateTime start(const QTimeZone &zone) const;
    QDateTime end(const QTimeZone &zone) const;
    bool operator==(const ReportPeriod &) const = default;
};

// Monday to Sunday of the ISO week of `today`, of the week before, and the calendar month.
ReportPeriod weekOf(QDate today);
ReportPeriod weekBefore(QDate today);
ReportPeriod monthOf(QDate today);

// A table of the venue, as the reports name it.
struct ReportTable
{
    qint64 id = 0;
    QString name;
};

// Time played on one table (a session's stretch); `to` is now for a stretch still played.
struct TableTime
{
    qint64 tableId = 0; // 0: a table removed since, known by its name
    QString tableName;
    QDateTime from;
    QDateTime to;
};

// A receipt's money. Revenue counts when the receipt is issued (at checkout), on the table the
// session ended on; a voided receipt counts nothing.
struct Takings
{
    qint64 tableId = 0; // 0: no table (the session or the table is gone)
    QString tableName;
    Cents cents = 0;
    QDateTime issuedAt;
    bool voided = false;
};

// A booking as it turned out. It counts on the day it was to start.
struct BookingOutcome
{
    QDateTime startsAt;
    bool released = false;  // not checked in within the grace: a no-show
    bool cancelled = false; // called off in advance: neither a visit nor a no-show
};

// One local hour a span of time touches, and how many of its seconds the span covers.
struct HourSlice
{
    QDate day;    // local date
    int hour = 0; // local hour of the day, 0-23
    qint64 seconds = 0;
};

// Splits [from, to) into the local hours it covers, in order, to the whole second. A slice never
// spans a change of the clocks: a repeated hour (clocks going back) gives two slices of the
// same hour, a skipped one none.
std::vector<HourSlice> localHours(const QDateTime &from, const QDateTime &to,
                                  const QTimeZone &zone);

// Play and money in one bucket (a table, an hour of the day, a day, a week).
struct UseAndRevenue
{
    qint64 playedSeconds = 0;
    Cents revenueCents = 0;
    int receipts = 0;
    // The seconds the venue's tables were open in the bucket (every table, the whole time:
    // the schema keeps no opening hours); occupancy is played over open.
    qint64 openSeconds = 0;

    qint64 playedMinutes() const { return (playedSeconds + 30) / 60; } // rounded
    double occupancy() const { return openSeconds > 0 ? double(playedSeconds) / openSeconds : 0; }
};

struct TableUse
{
    ReportTable table;
    UseAndRevenue use;
};
struct HourUse
{
    int hour = 0; // 0-23, local
    UseAndRevenue use;
    bool peak = false; // one of the peak hours of the week falls in this hour of the day
};
struct DayUse
{
    QDate day;
    UseAndRevenue use;
};
struct WeekUse
{
    int year = 0; // the ISO week's year, which may differ from the date's near New Year
    int week = 0; // ISO 8601 week number, 1-53 (weeks start on Monday)
    UseAndRevenue use;
    QString label() const; // "2026-W49"
};

// An hour of the week (Monday 21:00-22:00) with its average occupancy over the period.
struct PeakHour
{
    int weekday = 1; // Qt::DayOfWeek: 1 Monday ... 7 Sunday
    int hour = 0;
    double occupancy = 0;
};

struct NoShowDay
{
    QDate day;
    int bookings = 0; // bookings due that day, cancelled ones left out
    int noShows = 0;  // of those, released unclaimed
    double rate() const { return bookings > 0 ? double(noShows) / bookings : 0; }
};

// `openUntil` (now, for a period not over yet) ends the period early: the days to come do not
// lower the occupancy, and nothing is played after it. Invalid: the whole period.

// Every table of the venue (`tables`, in their order) with its play and takings; a table
// removed since, that was played or took money, comes after them by name. Stretches and
// receipts outside the period count only for their part inside it.
std::vector<TableUse> useByTable(const std::vector<ReportTable> &tables,
                                 const std::vector<TableTime> &played,
                                 const std::vector<Takings> &takings, const ReportPeriod &period,
                                 const QTimeZone &zone, const QDateTime &openUntil = QDateTime());
// Hours 0-23 of the day, each summed over the period's days.
std::vector<HourUse> useByHourOfDay(int tableCount, const std::vector<TableTime> &played,
                                    const std::vector<Takings> &takings, const ReportPeriod &period,
                                    const QTimeZone &zone,
                                    const QDateTime &openUntil = QDateTime());
// Every day of the period, in order, days without play too.
std::vector<DayUse> useByDay(int tableCount, const std::vector<TableTime> &played,
                             const std::vector<Takings> &takings, const ReportPeriod &period,
                             const QTimeZone &zone, const QDateTime &openUntil = QDateTime());
// Every ISO week the period touches, in order (a partial week counts only its days in it).
std::vector<WeekUse> useByWeek(int tableCount, const std::vector<TableTime> &played,
                               const std::vector<Takings> &takings, const ReportPeriod &period,
                               const QTimeZone &zone, const QDateTime &openUntil = QDateTime());
// The whole period in one bucket: played over every table's open time.
UseAndRevenue useInPeriod(int tableCount, const std::vector<TableTime> &played,
                          const std::vector<Takings> &takings, const ReportPeriod &period,
                          const QTimeZone &zone, const QDateTime &openUntil = QDateTime());

// The peak hours: each hour of the week (weekday and local hour) gets its average occupancy,
// the seconds played in it over the seconds the tables were open in it across the period's
// days; the peaks are the `count` hours with the highest, busiest first (ties: earlier in the
// week first). An hour nobody played in is never a peak.
inline constexpr int kPeakHourCount = 3;
std::vector<PeakHour> peakHours(int tableCount, const std::vector<TableTime> &played,
                                const ReportPeriod &period, const QTimeZone &zone,
                                int count = kPeakHourCount,
                                const QDateTime &openUntil = QDateTime());

// Every day of the period with its bookings and no-shows; the rate is no-shows over the
// bookings that were due (cancelled ones are neither).
std::vector<NoShowDay> noShowsByDay(const std::vector<BookingOutcome> &bookings,
                                    const ReportPeriod &period, const QTimeZone &zone);

// Everything the Reports window shows for one venue and period.
struct VenueReport
{
    QString venueName;
    QString currency; // ISO 4217
    QTimeZone zone;
    ReportPeriod period;
    int tableCount = 0;
    UseAndRevenue total;
    std::vector<TableUse> byTable;
    std::vector<HourUse> byHour; // 24 rows, the peak hours marked
    std::vector<DayUse> byDay;
    std::vector<WeekUse> byWeek;
    std::vector<PeakHour> peaks;
    std::vector<NoShowDay> noShows;
    int bookings = 0; // due in the period, cancelled ones left out
    int noShowCount = 0;
};

// All of the above at once.
VenueReport makeReport(const QString &venueName, const QString &currency, const QTimeZone &zone,
                       const ReportPeriod &period, const std::vector<ReportTable> &tables,
                       const std::vector<TableTime> &played, const std::vector<Takings> &takings,
                       const std::vector<BookingOutcome> &bookings,
                       const QDateTime &openUntil = QDateTime());

} // namespace dojo::venue
