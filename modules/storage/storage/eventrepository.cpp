#include "storage/eventrepository.h"

#include "storage/auditlog.h"
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

constexpr auto kEventSelect
    = "SELECT e.id, e.venue_id, e.name, e.kind, e.starts_at, e.ends_at, e.cap, e.cancelled, "
      "e.created_by, "
      "(SELECT COUNT(*) FROM event_signups s WHERE s.event_id = e.id AND s.state = 'in'), "
      "(SELECT COUNT(*) FROM event_signups s WHERE s.event_id = e.id AND s.state = 'waiting') "
      "FROM venue_events e";

SignUpRecord signUpFromRow(const QSqlQuery &query)
{
    SignUpRecord signUp;
    signUp.id = query.value(0).toLongLong();
    signUp.eventId = query.value(1).toLongLong();
    signUp.playerId = query.value(2).toLongLong();
    signUp.playerName = query.value(3).toString();
    signUp.state = query.value(4).toString();
    signUp.signedAt = internal::timeOrInvalid(query.value(5));
    return signUp;
}

EventRecord eventFromRow(const QSqlQuery &query)
{
    EventRecord event;
    event.id = query.value(0).toLongLong();
    event.venueId = query.value(1).toLongLong();
    event.name = query.value(2).toString();
    event.kind = query.value(3).toString();
    event.startsAt = internal::timeOrInvalid(query.value(4));
    event.endsAt = internal::timeOrInvalid(query.value(5));
    event.cap = query.value(6).toInt();
    event.cancelled = query.value(7).toInt() != 0;
    event.createdBy = query.value(8).toString();
    event.signedIn = query.value(9).toInt();
    event.waiting = query.value(10).toInt();
    return event;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<EventRecord> eventIn(Transaction &txn, qint64 eventId)
{
    Result<QSqlQuery> query
        = txn.exec(QLatin1String(kEventSelect) + QStringLiteral(" WHERE e.id = ?"), {eventId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no event %1").arg(QString::number(eventId)));
    EventRecord event = eventFromRow(*query);
    query->finish();
    return event;
}

// The player's sign-up for the event in any state: its id and state; none when never signed.
struct Existing
{
    qint64 id = 0;
    QString state;
};

Result<std::optional<Existing>> signUpIn(Transaction &txn, qint64 eventId, qint64 playerId)
{
    Result<QSqlQuery> query = txn.exec(
        QStringLiteral("SELECT id, state FROM event_signups WHERE event_id = ? AND player_id = ?"),
        {eventId, playerId});
    if (!query)
        return Unexpected(query.error());
    std::optional<Existing> existing;
    if (query->next())
        existing = Existing{query->value(0).toLongLong(), query->value(1).toString()};
    query->finish();
    return existing;
}

Result<QString> playerNameIn(Transaction &txn, qint64 playerId, qint64 venueId)
{
    Result<QSqlQuery> query = txn.exec(
        QStringLiteral("SELECT name, home_venue_id FROM players WHERE id = ?"), {playerId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no player %1").arg(QString::number(playerId)));
    const QString name = query->value(0).toString();
    const qint64 home = query->value(1).toLongLong();
    query->finish();
    if (home != venueId)
        return txn.abandon(Tr::tr("%1 is not a player of the event's venue").arg(name));
    return name;
}

} // namespace

EventRepository::EventRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> EventRepository::create(const EventRecord &event, const QString &actor)
{
    const auto failed = [&event](const QString &why) {
        return Unexpected(Tr::tr("cannot create the event \"%1\": %2").arg(event.name, why));
    };
    if (event.name.trimmed().isEmpty())
        return failed(Tr::tr("an event needs a name"));
    if (event.kind != u"league-night" && event.kind != u"open-play" && event.kind != u"tournament")
        return failed(Tr::tr("an event is a league night, open play or a tournament, not \"%1\"")
                          .arg(event.kind));
    if (!event.startsAt.isValid() || !event.endsAt.isValid() || event.endsAt <= event.startsAt)
        return failed(Tr::tr("an event must end after it starts"));
    if (event.cap < 0)
        return failed(Tr::tr("an event's cap is a number of players, or 0 for no cap"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO venue_events (venue_id, name, kind, starts_at, ends_at, cap, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {event.venueId, event.name.trimmed(), event.kind, internal::utcText(event.startsAt),
         internal::utcText(event.endsAt), event.cap, internal::notNull(actor)});
    if (!id)
        return failed(id.error());
    const QJsonObject details{{QStringLiteral("name"), event.name.trimmed()},
                              {QStringLiteral("kind"), event.kind},
                              {QStringLiteral("startsAt"), internal::utcText(event.startsAt)},
                              {QStringLiteral("endsAt"), internal::utcText(event.endsAt)},
                              {QStringLiteral("cap"), event.cap}};
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("event.created"),
                                   QStringLiteral("event:%1").arg(*id), compact(details));
        !committed)
        return failed(committed.error());
    return id;
}

Result<void> EventRepository::cancel(qint64 eventId, const QString &actor)
{
    const auto failed = [eventId](const QString &why) {
        return Unexpected(Tr::tr("cannot cancel event %1: %2").arg(QString::number(eventId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kSignUpLock); !begun)
        return failed(begun.error());
    const Result<EventRecord> event = eventIn(txn, eventId);
    if (!event)
        return failed(event.error());
    if (event->cancelled)
        return failed(txn.abandon(Tr::tr("it is cancelled already")).error());
    if (Result<QSqlQuery> updated
        = txn.exec(QStringLiteral("UPDATE venue_events SET cancelled = 1 WHERE id = ?"), {eventId});
        !updated)
        return failed(updated.error());
    const QJsonObject details{{QStringLiteral("name"), event->name},
                              {QStringLiteral("signedIn"), event->signedIn},
                              {QStringLiteral("waiting"), event->waiting}};
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("event.cancelled"),
                                   QStringLiteral("event:%1").arg(eventId), compact(details));
        !committed)
        return failed(committed.error());
    return {};
}

Result<QString> EventRepository::signUp(qint64 eventId, qint64 playerId, const QString &actor)
{
    const auto failed = [&](const QString &why) {
        return Unexpected(Tr::tr("cannot sign player %1 up for event %2: %3")
                              .arg(QString::number(playerId), QString::number(eventId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kSignUpLock); !begun)
        return failed(begun.error());
    const Result<EventRecord> event = eventIn(txn, eventId);
    if (!event)
        return failed(event.error());
    if (event->cancelled)
        return failed(txn.abandon(Tr::tr("the event is cancelled")).error());
    const Result<QString> name = playerNameIn(txn, playerId, event->venueId);
    if (!name)
        return failed(name.error());
    const Result<std::optional<Existing>> existing = signUpIn(txn, eventId, playerId);
    if (!existing)
        return failed(existing.error());
    if (*existing && (*existing)->state != u"cancelled")
        return failed(txn.abandon(Tr::tr("%1 is signed up already").arg(*name)).error());
    // Nobody jumps the waiting list: past the cap, or while others wait, a sign-up waits.
    const bool place = event->cap == 0 || (event->signedIn < event->cap && event->waiting == 0);
    const QString state = place ? QStringLiteral("in") : QStringLiteral("waiting");
    const QString now = internal::utcNowText();
    if (*existing) {
        if (Result<QSqlQuery> updated = txn.exec(
                QStringLiteral("UPDATE event_signups SET state = ?, signed_at = ? WHERE id = ?"),
                {state, now, (*existing)->id});
            !updated)
            return failed(updated.error());
    } else if (Result<qint64> id = internal::insertReturning(
                   txn,
                   QStringLiteral("INSERT INTO event_signups (event_id, player_id, state, "
                                  "signed_at) VALUES (?, ?, ?, ?) RETURNING id"),
                   {eventId, playerId, state, now});
               !id) {
        return failed(id.error());
    }
    const QJsonObject details{{QStringLiteral("player"), playerId},
                              {QStringLiteral("name"), *name},
                              {QStringLiteral("state"), state}};
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("event.signed-up"),
                                   QStringLiteral("event:%1").arg(eventId), compact(details));
        !committed)
        return failed(committed.error());
    return state;
}

Result<std::optional<qint64>> EventRepository::cancelSignUp(qint64 eventId, qint64 playerId,
                                                            const QString &actor)
{
    const auto failed = [&](const QString &why) {
        return Unexpected(Tr::tr("cannot cancel the sign-up of player %1 for event %2: %3")
                              .arg(QString::number(playerId), QString::number(eventId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(internal::kSignUpLock); !begun)
        return failed(begun.error());
    const Result<EventRecord> event = eventIn(txn, eventId);
    if (!event)
        return failed(event.error());
    const Result<std::optional<Existing>> existing = signUpIn(txn, eventId, playerId);
    if (!existing)
        return failed(existing.error());
    if (!*existing || (*existing)->state == u"cancelled")
        return failed(txn.abandon(Tr::tr("the player is not signed up")).error());
    if (Result<QSqlQuery> updated
        = txn.exec(QStringLiteral("UPDATE event_signups SET state = 'cancelled' WHERE id = ?"),
                   {(*existing)->id});
        !updated)
        return failed(updated.error());
    if (Result<void> audited
        = AuditLog::recordIn(txn, actor, QStringLiteral("event.sign-up-cancelled"),
                             QStringLiteral("event:%1").arg(eventId),
                             compact({{QStringLiteral("player"), playerId},
                                      {QStringLiteral("state"), (*existing)->state}}));
        !audited)
        return failed(audited.error());

    std::optional<qint64> movedIn;
    const int placesTaken = event->signedIn - ((*existing)->state == u"in" ? 1 : 0);
    if (event->cap == 0 || placesTaken < event->cap) {
        Result<QSqlQuery> first = txn.exec(
            QStringLiteral("SELECT id, player_id FROM event_signups WHERE event_id = ? AND "
                           "state = 'waiting' ORDER BY signed_at, id"),
            {eventId});
        if (!first)
            return failed(first.error());
        if (first->next()) {
            const qint64 signUpId = first->value(0).toLongLong();
            movedIn = first->value(1).toLongLong();
            first->finish();
            if (Result<QSqlQuery> promoted
                = txn.exec(QStringLiteral("UPDATE event_signups SET state = 'in' WHERE id = ?"),
                           {signUpId});
                !promoted)
                return failed(promoted.error());
            if (Result<void> audited
                = AuditLog::recordIn(txn, actor, QStringLiteral("event.moved-in"),
                                     QStringLiteral("event:%1").arg(eventId),
                                     compact({{QStringLiteral("player"), *movedIn}}));
                !audited)
                return failed(audited.error());
        } else {
            first->finish();
        }
    }
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return movedIn;
}

Result<EventRecord> EventRepository::event(qint64 eventId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), QLatin1String(kEventSelect) + QStringLiteral(" WHERE e.id = ?"),
        {eventId});
    if (!query) {
        return Unexpected(
            Tr::tr("cannot read event %1: %2").arg(QString::number(eventId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no event %1").arg(QString::number(eventId)));
    return eventFromRow(*query);
}

Result<std::vector<EventRecord>> EventRepository::events(qint64 venueId)
{
    Result<std::vector<EventRecord>> events = internal::readRows(
        m_database.connection(),
        QLatin1String(kEventSelect)
            + QStringLiteral(" WHERE e.venue_id = ? ORDER BY e.starts_at, e.id"),
        {venueId}, eventFromRow);
    if (!events) {
        return Unexpected(Tr::tr("cannot read the events of venue %1: %2")
                              .arg(QString::number(venueId), events.error()));
    }
    return events;
}

Result<std::vector<SignUpRecord>> EventRepository::signUps(qint64 eventId)
{
    Result<std::vector<SignUpRecord>> signUps = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT s.id, s.event_id, s.player_id, p.name, s.state, s.signed_at "
                       "FROM event_signups s JOIN players p ON p.id = s.player_id "
                       "WHERE s.event_id = ? AND s.state <> 'cancelled' "
                       "ORDER BY CASE s.state WHEN 'in' THEN 0 ELSE 1 END, s.signed_at, s.id"),
        {eventId}, signUpFromRow);
    if (!signUps) {
        return Unexpected(Tr::tr("cannot read the sign-ups of event %1: %2")
                              .arg(QString::number(eventId), signUps.error()));
    }
    return signUps;
}

} // namespace dojo::storage
