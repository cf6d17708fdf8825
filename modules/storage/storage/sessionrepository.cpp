#include "storage/sessionrepository.h"

#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

// Two desks on one PostgreSQL must not hand out the same receipt number.
constexpr qint64 kReceiptNumberLock = 0x446F6A6F'0011;

const QString kOutOfOrder = QStringLiteral("out-of-order");

QString details(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString sessionSubject(qint64 sessionId)
{
    return QStringLiteral("session:%1").arg(sessionId);
}

// The session as a write finds it, inside the transaction.
struct OpenSession
{
    qint64 venueId = 0;
    std::optional<qint64> tableId;
    QString state;
    std::optional<qint64> openStretchId;
    QString tableName; // of the last stretch
    QString rateClass; // of the last stretch
    int stretchCount = 0;
};

Result<OpenSession> readOpenSession(Transaction &txn, qint64 sessionId)
{
    Result<QSqlQuery> query = txn.exec(
        QStringLiteral("SELECT venue_id, table_id, state FROM table_sessions WHERE id = ?"),
        {sessionId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no such session"));
    OpenSession open;
    open.venueId = query->value(0).toLongLong();
    open.tableId = internal::optionalId(query->value(1));
    open.state = query->value(2).toString();
    query->finish();
    if (open.state == u"closed")
        return txn.abandon(Tr::tr("the session was checked out already"));

    Result<QSqlQuery> stretches
        = txn.exec(QStringLiteral("SELECT id, table_name, rate_class, to_at FROM "
                                  "session_stretches WHERE session_id = ? ORDER BY from_at, id"),
                   {sessionId});
    if (!stretches)
        return Unexpected(stretches.error());
    while (stretches->next()) {
        ++open.stretchCount;
        open.tableName = stretches->value(1).toString();
        open.rateClass = stretches->value(2).toString();
        if (stretches->value(3).isNull())
            open.openStretchId = stretches->value(0).toLongLong();
    }
    stretches->finish();
    return open;
}

// Refuses a table that cannot take a session now: out of order, or with an open session.
Result<void> checkTableFree(Transaction &txn, qint64 tableId, const QString &tableName)
{
    Result<QSqlQuery> table
        = txn.exec(QStringLiteral("SELECT status FROM pool_tables WHERE id = ?"), {tableId});
    if (!table)
        return Unexpected(table.error());
    if (!table->next())
        return txn.abandon(Tr::tr("there is no table \"%1\"").arg(tableName));
    const bool outOfOrder = table->value(0).toString() == kOutOfOrder;
    table->finish();
    if (outOfOrder)
        return txn.abandon(Tr::tr("%1 is out of order").arg(tableName));
    Result<QSqlQuery> open = txn.exec(
        QStringLiteral("SELECT name FROM table_sessions WHERE table_id = ? AND state <> 'closed'"),
        {tableId});
    if (!open)
        return Unexpected(open.error());
    if (open->next()) {
        const QString who = open->value(0).toString();
        open->finish();
        return txn.abandon(Tr::tr("%1 is taken: %2 is playing there").arg(tableName, who));
    }
    open->finish();
    return {};
}

Result<void> startStretch(Transaction &txn, qint64 sessionId, qint64 tableId,
                          const QString &tableName, const QString &rateClass, const QDateTime &at)
{
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO session_stretches (session_id, table_id, table_name, "
                       "rate_class, from_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {sessionId, tableId, tableName, rateClass, internal::utcText(at)});
    if (!id)
        return Unexpected(id.error());
    return {};
}

Result<void> closeStretch(Transaction &txn, qint64 stretchId, const QDateTime &at)
{
    const Result<QSqlQuery> closed
        = txn.exec(QStringLiteral("UPDATE session_stretches SET to_at = ? WHERE id = ?"),
                   {internal::utcText(at), stretchId});
    if (!closed)
        return Unexpected(closed.error());
    return {};
}

Result<void> setState(Transaction &txn, qint64 sessionId, const QString &state)
{
    const Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE table_sessions SET state = ? WHERE id = ?"), {state, sessionId});
    if (!updated)
        return Unexpected(updated.error());
    return {};
}

Result<std::vector<StretchRecord>> readStretches(const QSqlDatabase &db, qint64 sessionId)
{
    Result<std::vector<StretchRecord>> stretches = internal::readRows(
        db,
        QStringLiteral("SELECT ") + QLatin1String(internal::kStretchColumns)
            + QStringLiteral(" FROM session_stretches WHERE session_id = ? ORDER BY from_at, id"),
        {sessionId}, internal::stretchFromRow);
    if (!stretches)
        return Unexpected(stretches.error());
    return stretches;
}

} // namespace

SessionRepository::SessionRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> SessionRepository::checkIn(const CheckInRecord &checkIn, const QString &actor)
{
    const auto failed = [&checkIn](const QString &why) {
        return Unexpected(
            Tr::tr("cannot check %1 in at %2: %3").arg(checkIn.name, checkIn.tableName, why));
    };
    if (checkIn.name.trimmed().isEmpty())
        return failed(Tr::tr("a session needs the name of who plays"));
    if (checkIn.rateClass.trimmed().isEmpty())
        return failed(Tr::tr("the table has no rate class"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    if (Result<void> free = checkTableFree(txn, checkIn.tableId, checkIn.tableName); !free)
        return failed(free.error());
    if (checkIn.bookingId) {
        Result<QSqlQuery> marked
            = txn.exec(QStringLiteral("UPDATE bookings SET state = 'checked-in' WHERE id = ? AND "
                                      "state = 'booked'"),
                       {*checkIn.bookingId});
        if (!marked)
            return failed(marked.error());
        if (marked->numRowsAffected() != 1) {
            return failed(txn.abandon(Tr::tr("booking %1 is no longer waiting to be checked in")
                                          .arg(*checkIn.bookingId))
                              .error());
        }
    }
    const QString at = internal::utcText(checkIn.at);
    const Result<qint64> sessionId = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO table_sessions (venue_id, table_id, booking_id, player_id, "
                       "name, member, state, started_at, started_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?) RETURNING id"),
        {checkIn.venueId, checkIn.tableId, internal::nullableId(checkIn.bookingId),
         internal::nullableId(checkIn.playerId), checkIn.name, checkIn.member ? 1 : 0, at, actor});
    if (!sessionId)
        return failed(sessionId.error());
    if (Result<void> stretch = startStretch(txn, *sessionId, checkIn.tableId, checkIn.tableName,
                                            checkIn.rateClass, checkIn.at);
        !stretch)
        return failed(stretch.error());
    QJsonObject detail{{QStringLiteral("table"), checkIn.tableName},
                       {QStringLiteral("name"), checkIn.name},
                       {QStringLiteral("member"), checkIn.member}};
    if (checkIn.bookingId)
        detail.insert(QStringLiteral("booking"), *checkIn.bookingId);
    if (Result<void> done = internal::auditAndCommit(txn, actor, QStringLiteral("session.check-in"),
                                                     sessionSubject(*sessionId), details(detail));
        !done)
        return failed(done.error());
    return *sessionId;
}

Result<void> SessionRepository::pause(qint64 sessionId, const QDateTime &at, const QString &actor)
{
    const auto failed = [sessionId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot pause session %1: %2").arg(QString::number(sessionId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<OpenSession> open = readOpenSession(txn, sessionId);
    if (!open)
        return failed(open.error());
    if (open->state != u"running" || !open->openStretchId)
        return failed(txn.abandon(Tr::tr("it is paused already")).error());
    if (Result<void> closed = closeStretch(txn, *open->openStretchId, at); !closed)
        return failed(closed.error());
    if (Result<void> state = setState(txn, sessionId, QStringLiteral("paused")); !state)
        return failed(state.error());
    if (Result<void> done = internal::auditAndCommit(txn, actor, QStringLiteral("session.pause"),
                                                     sessionSubject(sessionId), open->tableName);
        !done)
        return failed(done.error());
    return {};
}

Result<void> SessionRepository::resume(qint64 sessionId, const QDateTime &at, const QString &actor)
{
    const auto failed = [sessionId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot resume session %1: %2").arg(QString::number(sessionId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<OpenSession> open = readOpenSession(txn, sessionId);
    if (!open)
        return failed(open.error());
    if (open->state != u"paused")
        return failed(txn.abandon(Tr::tr("it is running already")).error());
    if (!open->tableId)
        return failed(txn.abandon(Tr::tr("its table was removed")).error());
    if (Result<void> stretch
        = startStretch(txn, sessionId, *open->tableId, open->tableName, open->rateClass, at);
        !stretch)
        return failed(stretch.error());
    if (Result<void> state = setState(txn, sessionId, QStringLiteral("running")); !state)
        return failed(state.error());
    if (Result<void> done = internal::auditAndCommit(txn, actor, QStringLiteral("session.resume"),
                                                     sessionSubject(sessionId), open->tableName);
        !done)
        return failed(done.error());
    return {};
}

Result<void> SessionRepository::move(qint64 sessionId, const MoveRecord &to, const QString &actor)
{
    const auto failed = [sessionId, &to](const QString &why) {
        return Unexpected(Tr::tr("cannot move session %1 to %2: %3")
                              .arg(QString::number(sessionId), to.tableName, why));
    };
    if (to.rateClass.trimmed().isEmpty())
        return failed(Tr::tr("the table has no rate class"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<OpenSession> open = readOpenSession(txn, sessionId);
    if (!open)
        return failed(open.error());
    if (open->tableId == to.tableId)
        return failed(txn.abandon(Tr::tr("it is played there already")).error());
    if (Result<void> free = checkTableFree(txn, to.tableId, to.tableName); !free)
        return failed(free.error());
    const Result<QSqlQuery> moved
        = txn.exec(QStringLiteral("UPDATE table_sessions SET table_id = ? WHERE id = ?"),
                   {to.tableId, sessionId});
    if (!moved)
        return failed(moved.error());
    // A paused session moves without a stretch; its resume starts one at the new table.
    if (open->openStretchId) {
        if (Result<void> closed = closeStretch(txn, *open->openStretchId, to.at); !closed)
            return failed(closed.error());
        if (Result<void> stretch
            = startStretch(txn, sessionId, to.tableId, to.tableName, to.rateClass, to.at);
            !stretch)
            return failed(stretch.error());
    } else {
        // The next resume reads the table and class from the last stretch: record the move
        // as an empty stretch at the new table.
        if (Result<void> stretch
            = startStretch(txn, sessionId, to.tableId, to.tableName, to.rateClass, to.at);
            !stretch)
            return failed(stretch.error());
        if (Result<QSqlQuery> last = txn.exec(
                QStringLiteral("UPDATE session_stretches SET to_at = from_at WHERE session_id = ? "
                               "AND to_at IS NULL"),
                {sessionId});
            !last)
            return failed(last.error());
    }
    const QJsonObject detail{{QStringLiteral("from"), open->tableName},
                             {QStringLiteral("to"), to.tableName}};
    if (Result<void> done = internal::auditAndCommit(txn, actor, QStringLiteral("session.move"),
                                                     sessionSubject(sessionId), details(detail));
        !done)
        return failed(done.error());
    return {};
}

Result<ReceiptRecord> SessionRepository::checkout(qint64 sessionId, const CheckoutRecord &checkout,
                                                  const std::function<QString(int)> &linesFor,
                                                  const QString &actor)
{
    const auto failed = [sessionId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot check out session %1: %2").arg(QString::number(sessionId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(kReceiptNumberLock); !begun)
        return failed(begun.error());
    const Result<OpenSession> open = readOpenSession(txn, sessionId);
    if (!open)
        return failed(open.error());
    if (open->stretchCount != checkout.stretchCount) {
        return failed(
            txn.abandon(Tr::tr("it was changed at another desk meanwhile; check out again"))
                .error());
    }
    if (open->openStretchId) {
        if (Result<void> closed = closeStretch(txn, *open->openStretchId, checkout.at); !closed)
            return failed(closed.error());
    }
    const QString at = internal::utcText(checkout.at);
    if (Result<QSqlQuery> closed = txn.exec(
            QStringLiteral("UPDATE table_sessions SET state = 'closed', ended_at = ? WHERE id = ?"),
            {at, sessionId});
        !closed)
        return failed(closed.error());

    Result<QSqlQuery> last = txn.exec(
        QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM receipts WHERE venue_id = ?"),
        {open->venueId});
    if (!last)
        return failed(last.error());
    if (!last->next())
        return failed(txn.abandon(internal::oneLine(last->lastError())).error());
    ReceiptRecord receipt;
    receipt.venueId = open->venueId;
    receipt.sessionId = sessionId;
    receipt.number = last->value(0).toInt() + 1;
    last->finish();
    receipt.totalCents = checkout.totalCents;
    receipt.currency = checkout.currency;
    receipt.lines = linesFor ? linesFor(receipt.number) : QString();
    receipt.issuedAt = internal::utcFromText(at);
    receipt.issuedBy = actor;
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO receipts (venue_id, session_id, number, total_cents, currency, "
                       "lines, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {receipt.venueId, sessionId, receipt.number, receipt.totalCents,
         internal::notNull(receipt.currency), internal::notNull(receipt.lines), at, actor});
    if (!id)
        return failed(id.error());
    receipt.id = *id;
    const QJsonObject detail{{QStringLiteral("receipt"), receipt.number},
                             {QStringLiteral("total_cents"), receipt.totalCents},
                             {QStringLiteral("currency"), receipt.currency}};
    if (Result<void> done = internal::auditAndCommit(txn, actor, QStringLiteral("session.checkout"),
                                                     sessionSubject(sessionId), details(detail));
        !done)
        return failed(done.error());
    return receipt;
}

Result<void> SessionRepository::voidReceipt(qint64 receiptId, const QString &reason,
                                            const QString &actor)
{
    const auto failed = [receiptId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot void receipt %1: %2").arg(QString::number(receiptId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> updated
        = txn.exec(QStringLiteral("UPDATE receipts SET voided_at = ?, voided_by = ? WHERE id = ? "
                                  "AND voided_at IS NULL"),
                   {internal::utcNowText(), actor, receiptId});
    if (!updated)
        return failed(updated.error());
    if (updated->numRowsAffected() != 1)
        return failed(
            txn.abandon(Tr::tr("there is no such receipt, or it is void already")).error());
    if (Result<void> done
        = internal::auditAndCommit(txn, actor, QStringLiteral("receipt.void"),
                                   QStringLiteral("receipt:%1").arg(receiptId), reason);
        !done)
        return failed(done.error());
    return {};
}

Result<SessionRecord> SessionRepository::session(qint64 sessionId)
{
    const auto failed = [sessionId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot read session %1: %2").arg(QString::number(sessionId), why));
    };
    Result<QSqlQuery> query
        = internal::execute(m_database.connection(),
                            QStringLiteral("SELECT ") + QLatin1String(internal::kSessionColumns)
                                + QStringLiteral(" FROM table_sessions WHERE id = ?"),
                            {sessionId});
    if (!query)
        return failed(query.error());
    if (!query->next())
        return failed(Tr::tr("there is no such session"));
    SessionRecord session = internal::sessionFromRow(*query);
    query->finish();
    Result<std::vector<StretchRecord>> stretches
        = readStretches(m_database.connection(), sessionId);
    if (!stretches)
        return failed(stretches.error());
    session.stretches = std::move(*stretches);
    return session;
}

Result<std::vector<SessionRecord>> SessionRepository::openSessions(qint64 venueId)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot read the sessions of venue %1: %2").arg(QString::number(venueId), why));
    };
    Result<std::vector<SessionRecord>> sessions = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kSessionColumns)
            + QStringLiteral(" FROM table_sessions WHERE venue_id = ? AND state <> 'closed' "
                             "ORDER BY started_at, id"),
        {venueId}, internal::sessionFromRow);
    if (!sessions)
        return failed(sessions.error());
    for (SessionRecord &session : *sessions) {
        Result<std::vector<StretchRecord>> stretches
            = readStretches(m_database.connection(), session.id);
        if (!stretches)
            return failed(stretches.error());
        session.stretches = std::move(*stretches);
    }
    return sessions;
}

Result<std::vector<ReceiptRecord>> SessionRepository::receipts(qint64 venueId,
                                                               const QDateTime &since)
{
    Result<std::vector<ReceiptRecord>> receipts = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kReceiptColumns)
            + QStringLiteral(" FROM receipts WHERE venue_id = ? AND issued_at >= ? "
                             "ORDER BY number"),
        {venueId, internal::utcText(since)}, internal::receiptFromRow);
    if (!receipts) {
        return Unexpected(Tr::tr("cannot read the receipts of venue %1: %2")
                              .arg(QString::number(venueId), receipts.error()));
    }
    return receipts;
}

Result<std::vector<HeldBookingRecord>>
SessionRepository::heldBookings(qint64 venueId, const QDateTime &from, const QDateTime &to)
{
    Result<std::vector<HeldBookingRecord>> bookings = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kHeldBookingColumns)
            + QStringLiteral(" FROM bookings b JOIN pool_tables t ON t.id = b.table_id "
                             "WHERE t.venue_id = ? AND b.state IN ('booked', 'checked-in') "
                             "AND b.starts_at < ? AND b.ends_at > ? ORDER BY b.starts_at, b.id"),
        {venueId, internal::utcText(to), internal::utcText(from)}, internal::heldBookingFromRow);
    if (!bookings) {
        return Unexpected(Tr::tr("cannot read the bookings of venue %1: %2")
                              .arg(QString::number(venueId), bookings.error()));
    }
    return bookings;
}

Result<HeldBookingRecord> SessionRepository::booking(qint64 bookingId)
{
    Result<QSqlQuery> query
        = internal::execute(m_database.connection(),
                            QStringLiteral("SELECT ") + QLatin1String(internal::kHeldBookingColumns)
                                + QStringLiteral(" FROM bookings b WHERE b.id = ?"),
                            {bookingId});
    if (!query) {
        return Unexpected(
            Tr::tr("cannot read booking %1: %2").arg(QString::number(bookingId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no booking %1").arg(bookingId));
    return internal::heldBookingFromRow(*query);
}

Result<VenueTermsRecord> SessionRepository::venueTerms(qint64 venueId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(),
        QStringLiteral("SELECT name, currency, time_zone, grace_minutes FROM venues WHERE id = ?"),
        {venueId});
    if (!query) {
        return Unexpected(
            Tr::tr("cannot read venue %1: %2").arg(QString::number(venueId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(venueId));
    VenueTermsRecord terms;
    terms.name = query->value(0).toString();
    terms.currency = query->value(1).toString();
    terms.timeZone = query->value(2).toString();
    terms.graceMinutes = query->value(3).toInt();
    return terms;
}

Result<std::vector<SessionTableRecord>> SessionRepository::tables(qint64 venueId)
{
    Result<std::vector<SessionTableRecord>> tables = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT id, name, size, rate_class, status FROM pool_tables "
                       "WHERE venue_id = ? ORDER BY position, name, id"),
        {venueId}, [](const QSqlQuery &row) {
            return SessionTableRecord{row.value(0).toLongLong(), row.value(1).toString(),
                                      row.value(2).toString(), row.value(3).toString(),
                                      row.value(4).toString()};
        });
    if (!tables) {
        return Unexpected(Tr::tr("cannot read the tables of venue %1: %2")
                              .arg(QString::number(venueId), tables.error()));
    }
    return tables;
}

} // namespace dojo::storage
