// How long the owner's reports take to compute for a busy hall: 12 tables, a session every
// hour or so from 14:00 to 02:00, over a week, a month and a year, in Europe/Berlin. Not a
// test: it prints figures, it asserts nothing about time.

#include <venue/reports.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace dojo;
using Clock = std::chrono::steady_clock;

namespace {

struct Hall
{
    std::vector<venue::ReportTable> tables;
    std::vector<venue::TableTime> played;
    std::vector<venue::Takings> takings;
    std::vector<venue::BookingOutcome> bookings;
};

Hall busyHall(const venue::ReportPeriod &period, const QTimeZone &zone)
{
    Hall hall;
    std::mt19937 random(11);
    std::uniform_int_distribution<int> length(40, 150);
    std::uniform_int_distribution<int> gap(5, 60);
    for (qint64 id = 1; id <= 12; ++id)
        hall.tables.push_back({id, QStringLiteral("Table %1").arg(id)});
    for (QDate day = period.first; day <= period.last; day = day.addDays(1)) {
        const QDateTime close(day.addDays(1), QTime(2, 0), zone);
        for (const venue::ReportTable &table : hall.tables) {
            QDateTime at(day, QTime(14, 0), zone);
            while (at < close) {
                const QDateTime end = std::min(at.addSecs(60 * length(random)), close);
                hall.played.push_back({table.id, table.name, at, end});
                hall.takings.push_back({table.id, table.name, 1500, end, false});
                at = end.addSecs(60 * gap(random));
            }
        }
        for (int i = 0; i < 10; ++i)
            hall.bookings.push_back(
                {QDateTime(day, QTime(18 + i % 5, 0), zone), i % 7 == 0, i % 9 == 0});
    }
    return hall;
}

} // namespace

int main()
{
    const QTimeZone zone("Europe/Berlin");
    const std::vector<std::pair<const char *, venue::ReportPeriod>> periods{
        {"week", {QDate(2026, 11, 30), QDate(2026, 12, 6)}},
        {"month", {QDate(2026, 12, 1), QDate(2026, 12, 31)}},
        {"year", {QDate(2026, 1, 1), QDate(2026, 12, 31)}},
    };
    for (const auto &[name, period] : periods) {
        const Hall hall = busyHall(period, zone);
        const auto start = Clock::now();
        const venue::VenueReport report
            = venue::makeReport(QStringLiteral("Bench"), QStringLiteral("EUR"), zone, period,
                                hall.tables, hall.played, hall.takings, hall.bookings);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        std::printf("%-5s %5zu stretches %5zu receipts: %8.1f ms (%lld h played)\n", name,
                    hall.played.size(), hall.takings.size(), ms,
                    static_cast<long long>(report.total.playedSeconds / 3600));
    }
    return 0;
}
