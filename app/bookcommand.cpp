#include "bookcommand.h"

#include "apptext.h"
#include "venuestartup.h"

#include <storage/bookingrepository.h>
#include <storage/venuerepository.h>
#include <venue/bookingbook.h>
#include <venue/staff.h>

#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace dojo::app {

namespace {

const QString kTable = QStringLiteral("table");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kName = QStringLiteral("name");

// The exit statuses of book (docs/commands.md).
constexpr int kCannotWork = 1;
constexpr int kRefused = 2;
constexpr int kOverlaps = 3;

int refuse(const QString &why, int status)
{
    std::fprintf(stderr, "dojopool: %s\n", qPrintable(why));
    return status;
}

// An ISO 8601 date and time: with or without seconds, with Z or an offset; without either it
// is the venue's local time. Invalid when it is none of these.
QDateTime readTime(const QString &text, const QTimeZone &zone)
{
    const QDateTime read = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!read.isValid() || !text.contains(u'T'))
        return {};
    if (read.timeSpec() == Qt::LocalTime) // no zone in the text
        return QDateTime(read.date(), read.time(), zone);
    return read;
}

// 2026-12-05T19:00+01:00 in the venue's time zone (Z when it is UTC); seconds only when the
// booking has some.
QString isoInZone(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    QString text
        = local.toString(local.time().second() != 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")
                                                    : QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    const int offset = local.offsetFromUtc();
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = std::abs(offset) / 60;
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return text + sign
           + QStringLiteral("%1:%2")
                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int runBook(const CommandInput &input, OpenVenue &open)
{
    // main chose the venue (--venue, the one this PC ran before, or the first).
    if (open.venueId == 0)
        return refuse(AppText::tr("the database has no venue"), kCannotWork);
    const qint64 venueId = open.venueId;
    const Result<QTimeZone> zone = venue::venueTimeZone(*open.database, venueId);
    if (!zone)
        return refuse(zone.error(), kCannotWork);
    const QDateTime from = readTime(input.value(kFrom), *zone);
    const QDateTime to = readTime(input.value(kTo), *zone);
    if (to <= from) {
        return refuse(AppText::tr("the booking must end after it starts: --to %1 is not after "
                                  "--from %2")
                          .arg(input.value(kTo), input.value(kFrom)),
                      kRefused);
    }

    storage::VenueRepository venues(*open.database);
    const Result<std::vector<storage::TableRecord>> tables = venues.tables(venueId);
    if (!tables)
        return refuse(tables.error(), kCannotWork);
    const QString wanted = input.value(kTable).trimmed();
    const auto table = std::find_if(tables->begin(), tables->end(), [&](const auto &t) {
        return t.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (table == tables->end()) {
        QStringList names;
        for (const storage::TableRecord &t : *tables)
            names << t.name;
        return refuse(AppText::tr("the venue has no table \"%1\"; its tables are: %2")
                          .arg(wanted, names.join(QStringLiteral(", "))),
                      kRefused);
    }
    if (table->status == QLatin1String("out-of-order"))
        return refuse(AppText::tr("%1 is out of order and cannot be booked").arg(table->name),
                      kRefused);

    storage::BookingRecord candidate;
    candidate.tableId = table->id;
    candidate.startsAt = from.toUTC();
    candidate.endsAt = to.toUTC();
    candidate.name = input.value(kName).trimmed();
    const Result<storage::BookingOutcome> outcome
        = storage::BookingRepository(*open.database)
              .add(candidate, venue::systemActor().auditName());
    if (!outcome)
        return refuse(outcome.error(), kCannotWork);
    if (outcome->overlapped) {
        const storage::BookingRecord &taken = *outcome->overlapped;
        return refuse(AppText::tr("%1 is already booked from %2 to %3 for %4 (booking %5).")
                          .arg(taken.tableName, isoInZone(taken.startsAt, *zone),
                               isoInZone(taken.endsAt, *zone), taken.name,
                               QString::number(taken.id)),
                      kOverlaps);
    }
    const storage::BookingRecord &booked = *outcome->written;
    // A line for scripts: the same words in every language.
    std::printf("booked %s from %s to %s for %s (booking %lld)\n", qPrintable(booked.tableName),
                qPrintable(isoInZone(booked.startsAt, *zone)),
                qPrintable(isoInZone(booked.endsAt, *zone)), qPrintable(booked.name),
                static_cast<long long>(booked.id));
    return 0;
}

Result<void> checkBook(const CommandInput &input)
{
    for (const QString &option : {kTable, kFrom, kTo, kName}) {
        if (input.value(option).trimmed().isEmpty())
            return Unexpected(AppText::tr("book needs --table NAME, --from ISO, --to ISO and "
                                          "--name WHO"));
    }
    for (const QString &option : {kFrom, kTo}) {
        if (!readTime(input.value(option), QTimeZone::utc()).isValid()) {
            return Unexpected(AppText::tr("--%1 %2 is not a date and time like "
                                          "2026-12-05T19:00, 2026-12-05T19:00:00Z or "
                                          "2026-12-05T19:00+01:00")
                                  .arg(option, input.value(option)));
        }
    }
    return {};
}

} // namespace

Command bookCommand()
{
    return {.name = QStringLiteral("book"),
            .summary = AppText::tr("book a table, refusing a time another booking holds"),
            .options
            = {QCommandLineOption(kTable, AppText::tr("The table's name."), AppText::tr("NAME")),
               QCommandLineOption(kFrom,
                                  AppText::tr("When the booking starts (ISO 8601; "
                                              "without a zone, the venue's time)."),
                                  AppText::tr("ISO")),
               QCommandLineOption(kTo,
                                  AppText::tr("When the booking ends (ISO 8601; "
                                              "without a zone, the venue's time)."),
                                  AppText::tr("ISO")),
               QCommandLineOption(kName, AppText::tr("Who the table is booked for."),
                                  AppText::tr("WHO"))},
            .opensVenue = true,
            .check = checkBook,
            .run
            = [](const CommandInput &input, OpenVenue *venue) { return runBook(input, *venue); }};
}

} // namespace dojo::app
