#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

// A stretch of a session's play on one table; `to` is invalid while it is being played.
struct StretchRecord
{
    qint64 id = 0;
    qint64 sessionId = 0;
    std::optional<qint64> tableId; // none once the table was removed
    QString tableName;
    QString rateClass;
    QDateTime from; // UTC
    QDateTime to;   // UTC; invalid: open
};

// Table time: someone playing at a table from check-in to checkout. State is the stored word:
// "running", "paused" or "closed".
struct SessionRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    std::optional<qint64> tableId; // where it is played now
    std::optional<qint64> bookingId;
    std::optional<qint64> playerId;
    QString name;
    bool member = false;
    QString state;
    QDateTime startedAt;
    QDateTime endedAt; // invalid until checkout
    QString startedBy;
    std::vector<StretchRecord> stretches; // by start
};

// What a check-in writes: the session and its first stretch.
struct CheckInRecord
{
    qint64 venueId = 0;
    qint64 tableId = 0;
    QString tableName;
    QString rateClass; // the table's class, chosen by the venue layer
    QString name;
    std::optional<qint64> playerId;
    bool member = false;
    std::optional<qint64> bookingId; // marked "checked-in" in the same transaction
    QDateTime at;
};

// Where a session goes on a move.
struct MoveRecord
{
    qint64 tableId = 0;
    QString tableName;
    QString rateClass;
    QDateTime at;
};

// A receipt as issued; never changed, only voided.
struct ReceiptRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    std::optional<qint64> sessionId;
    int number = 0;
    qint64 totalCents = 0;
    QString currency;
    QString lines; // the receipt's text
    QDateTime issuedAt;
    QString issuedBy;
    QDateTime voidedAt; // invalid: valid receipt
    QString voidedBy;
};

// What checkout writes besides closing the session.
struct CheckoutRecord
{
    QDateTime at;
    // The stretches the charge was worked out from: a session changed meanwhile (by another
    // desk) is refused rather than billed from stale times.
    int stretchCount = 0;
    qint64 totalCents = 0;
    QString currency;
};

// A booking that holds a table ("booked" or "checked-in"), as table time reads it.
struct HeldBookingRecord
{
    qint64 id = 0;
    qint64 tableId = 0;
    QDateTime from;
    QDateTime to;
    QString name;
    std::optional<qint64> playerId;
    QString state;
};

// The venue's money and clock, as a receipt and the charge need them.
struct VenueTermsRecord
{
    QString name;
    QString currency; // ISO 4217: "EUR"
    QString timeZone; // IANA: "Europe/Berlin"
    int graceMinutes = 15;
};

// A table as table time needs it: the stored status word and rate class.
struct SessionTableRecord
{
    qint64 id = 0;
    QString name;
    QString sizeKey;   // "9ft"
    QString rateClass; // empty: the size's
    QString status;    // "out-of-order", or any other word: in service
};

// A rate rule as stored; happy hours as text ("WEEKDAYS HH:MM HH:MM CENTS;...").
struct RateRuleRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString rateClass;
    qint64 centsPerHour = 0;
    qint64 memberCentsPerHour = -1;
    int blockMinutes = 15;
    qint64 minimumCents = 0;
    QString happyHours;
};

// A party waiting for a table. State: "waiting", "seated" or "left".
struct WalkInRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString name;
    int party = 2;
    QString rateClass; // the kind of table they want; empty: any
    QString state;
    QDateTime addedAt;
    QDateTime doneAt;
};

} // namespace dojo::storage
