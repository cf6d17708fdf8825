#pragma once

#include <core/result.h>
#include <core/tablespec.h>

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <vector>

namespace dojo::venue {

// Money is whole cents of the venue's currency, never floating point.
using Cents = qint64;

// A cheaper price in a window of the day, on some weekdays. A window whose end is not after its
// start runs past midnight into the next day (22:00-02:00); `weekdays` names the day it starts
// (bit 1 Monday ... bit 7 Sunday, as Qt::DayOfWeek).
struct HappyHour
{
    int weekdays = 0xFE; // every day
    QTime start;
    QTime end;
    Cents centsPerHour = 0;
};

// A table's rate class: the rule it is charged by. Every table has one; by default its size's
// key ("9ft", core/tablespec.h), so the rules are per table size until a venue names its own
// classes ("snooker", "tv table").
QString defaultRateClass(TableSize size);

// How a table of one rate class is charged.
struct RateRule
{
    QString rateClass = QStringLiteral("9ft");
    Cents centsPerHour = 0;
    Cents memberCentsPerHour = -1; // below 0: members pay the usual price
    int blockMinutes = 15;         // the time is billed in whole blocks of 15 or 30 minutes
    Cents minimumCents = 0;        // charged at least, whatever the time played
    std::vector<HappyHour> happyHours;
};

// A stretch of play on one table: a session is one or more (a pause ends one, a resume starts
// the next; a move to another table starts one at that table's rate class).
struct PlayedStretch
{
    QString rateClass = QStringLiteral("9ft");
    QDateTime from; // any time zone; read in the venue's
    QDateTime to;
};

// What a session costs, as the receipt shows it.
struct SessionCharge
{
    int playedMinutes = 0; // played, pauses left out, rounded up to the minute
    int billedMinutes = 0; // rounded up to whole blocks
    Cents timeCents = 0;   // the billed minutes at the price of each one
    Cents totalCents = 0;  // at least the minimum charge
    bool minimumApplied = false;
};

// The charge for a session's stretches, in the venue's time zone: every billed minute at the
// lowest price that applies to it then (the table size's price, the member price, a happy
// hour); the minutes added to complete the last block at the price after the session's end;
// rounded to the cent once, half up. Refused with a sentence for a stretch with no rate rule
// for its class, a stretch that ends before it starts, or a block that is not 15 or 30 minutes.
Result<SessionCharge> chargeSession(const std::vector<PlayedStretch> &stretches,
                                    const std::vector<RateRule> &rules, bool member,
                                    const QTimeZone &venueZone);

// "€12.50", "$7.05": cents in the currency, for a receipt.
QString formatMoney(Cents cents, const QString &currencySymbol);

} // namespace dojo::venue
