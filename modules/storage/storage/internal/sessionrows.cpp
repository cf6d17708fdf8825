#include "storage/internal/sessionrows.h"

#include "storage/internal/sqltext.h"

namespace dojo::storage::internal {

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant nullableTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(utcText(at)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeOrInvalid(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return utcFromText(value.toString());
}

SessionRecord sessionFromRow(const QSqlQuery &query)
{
    SessionRecord session;
    session.id = query.value(0).toLongLong();
    session.venueId = query.value(1).toLongLong();
    session.tableId = optionalId(query.value(2));
    session.bookingId = optionalId(query.value(3));
    session.playerId = optionalId(query.value(4));
    session.name = query.value(5).toString();
    session.member = query.value(6).toInt() != 0;
    session.state = query.value(7).toString();
    session.startedAt = timeOrInvalid(query.value(8));
    session.endedAt = timeOrInvalid(query.value(9));
    session.startedBy = query.value(10).toString();
    return session;
}

StretchRecord stretchFromRow(const QSqlQuery &query)
{
    StretchRecord stretch;
    stretch.id = query.value(0).toLongLong();
    stretch.sessionId = query.value(1).toLongLong();
    stretch.tableId = optionalId(query.value(2));
    stretch.tableName = query.value(3).toString();
    stretch.rateClass = query.value(4).toString();
    stretch.from = timeOrInvalid(query.value(5));
    stretch.to = timeOrInvalid(query.value(6));
    return stretch;
}

ReceiptRecord receiptFromRow(const QSqlQuery &query)
{
    ReceiptRecord receipt;
    receipt.id = query.value(0).toLongLong();
    receipt.venueId = query.value(1).toLongLong();
    receipt.sessionId = optionalId(query.value(2));
    receipt.number = query.value(3).toInt();
    receipt.totalCents = query.value(4).toLongLong();
    receipt.currency = query.value(5).toString();
    receipt.lines = query.value(6).toString();
    receipt.issuedAt = timeOrInvalid(query.value(7));
    receipt.issuedBy = query.value(8).toString();
    receipt.voidedAt = timeOrInvalid(query.value(9));
    receipt.voidedBy = query.value(10).toString();
    return receipt;
}

HeldBookingRecord heldBookingFromRow(const QSqlQuery &query)
{
    HeldBookingRecord booking;
    booking.id = query.value(0).toLongLong();
    booking.tableId = query.value(1).toLongLong();
    booking.from = timeOrInvalid(query.value(2));
    booking.to = timeOrInvalid(query.value(3));
    booking.name = query.value(4).toString();
    booking.playerId = optionalId(query.value(5));
    booking.state = query.value(6).toString();
    return booking;
}

WalkInRecord walkInFromRow(const QSqlQuery &query)
{
    WalkInRecord walkIn;
    walkIn.id = query.value(0).toLongLong();
    walkIn.venueId = query.value(1).toLongLong();
    walkIn.name = query.value(2).toString();
    walkIn.party = query.value(3).toInt();
    walkIn.rateClass = query.value(4).toString();
    walkIn.state = query.value(5).toString();
    walkIn.addedAt = timeOrInvalid(query.value(6));
    walkIn.doneAt = timeOrInvalid(query.value(7));
    return walkIn;
}

} // namespace dojo::storage::internal
