#include "storage/challengerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/resultrows.h"
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

constexpr auto kChallengeSelect
    = "SELECT c.id, c.venue_id, c.challenger, c.challenged, c.game, c.race_to, c.state, "
      "c.booking_id, c.result_id, c.match_id, c.issued_at, c.answered_at, c.note, pa.name, "
      "pb.name FROM challenges c JOIN players pa ON pa.id = c.challenger "
      "JOIN players pb ON pb.id = c.challenged";

ChallengeRecord challengeFromRow(const QSqlQuery &query)
{
    ChallengeRecord challenge;
    challenge.id = query.value(0).toLongLong();
    challenge.venueId = query.value(1).toLongLong();
    challenge.challenger = query.value(2).toLongLong();
    challenge.challenged = query.value(3).toLongLong();
    challenge.game = query.value(4).toString();
    challenge.raceTo = query.value(5).toInt();
    challenge.state = query.value(6).toString();
    challenge.bookingId = internal::optionalId(query.value(7));
    challenge.resultId = internal::optionalId(query.value(8));
    challenge.matchId = internal::optionalId(query.value(9));
    challenge.issuedAt = internal::timeOrInvalid(query.value(10));
    challenge.answeredAt = internal::timeOrInvalid(query.value(11));
    challenge.note = query.value(12).toString();
    challenge.challengerName = query.value(13).toString();
    challenge.challengedName = query.value(14).toString();
    return challenge;
}

Result<ChallengeRecord> challengeIn(Transaction &txn, qint64 challengeId)
{
    Result<QSqlQuery> query = txn.exec(
        QLatin1String(kChallengeSelect) + QStringLiteral(" WHERE c.id = ?"), {challengeId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no challenge %1").arg(QString::number(challengeId)));
    ChallengeRecord challenge = challengeFromRow(*query);
    query->finish();
    return challenge;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Moves the challenge read in `txn` to `state` if it is still in one of `from`, with its audit
// entry; `set` and `values` add columns to write.
Result<void> moveIn(Transaction &txn, const ChallengeRecord &challenge, const QString &state,
                    const QStringList &from, const QString &actor, const QString &set = {},
                    const QVariantList &values = {}, QJsonObject details = {})
{
    if (!from.contains(challenge.state)) {
        return txn.abandon(
            Tr::tr("the challenge is %1, so it cannot become %2").arg(challenge.state, state));
    }
    QStringList marks;
    for (int i = 0; i < from.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList bound{state};
    bound += values;
    bound << challenge.id;
    for (const QString &word : from)
        bound << word;
    Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE challenges SET state = ?%1 WHERE id = ? AND state IN (%2)")
            .arg(set, marks.join(QStringLiteral(", "))),
        bound);
    if (!updated)
        return Unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return txn.abandon(Tr::tr("another desk changed the challenge meanwhile"));
    details.insert(QStringLiteral("from"), challenge.state);
    details.insert(QStringLiteral("challenger"), challenge.challenger);
    details.insert(QStringLiteral("challenged"), challenge.challenged);
    return AuditLog::recordIn(txn, actor, QStringLiteral("challenge.") + state,
                              QStringLiteral("challenge:%1").arg(challenge.id), compact(details));
}

// Runs `write` on the challenge in one transaction; a failure is `failure` (a sentence with
// the challenge's id as %1 and the reason as %2).
template<typename T, typename Write>
Result<T> onChallenge(Database &database, qint64 challengeId, const QString &failure, Write write)
{
    const auto failed = [&](const QString &why) {
        return Unexpected(failure.arg(QString::number(challengeId), why));
    };
    Transaction txn(database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<ChallengeRecord> challenge = challengeIn(txn, challengeId);
    if (!challenge)
        return failed(challenge.error());
    Result<T> written = write(txn, *challenge);
    if (!written)
        return failed(written.error());
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return written;
}

} // namespace

ChallengeRepository::ChallengeRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> ChallengeRepository::issue(const ChallengeRecord &challenge, const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot issue the challenge: %1").arg(why));
    };
    if (challenge.challenger == challenge.challenged)
        return failed(Tr::tr("a player cannot challenge themselves"));
    if (challenge.raceTo < 1)
        return failed(Tr::tr("a challenge is a race to at least one rack"));
    if (challenge.game.trimmed().isEmpty())
        return failed(Tr::tr("a challenge needs the game to play"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> players = txn.exec(
        QStringLiteral("SELECT COUNT(*) FROM players WHERE id IN (?, ?) AND home_venue_id = ?"),
        {challenge.challenger, challenge.challenged, challenge.venueId});
    if (!players)
        return failed(players.error());
    const bool bothOfTheVenue = players->next() && players->value(0).toInt() == 2;
    players->finish();
    if (!bothOfTheVenue)
        return failed(txn.abandon(Tr::tr("both players must be players of the venue")).error());
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO challenges (venue_id, challenger, challenged, game, race_to, "
                       "state, issued_at, note) VALUES (?, ?, ?, ?, ?, 'issued', ?, ?) "
                       "RETURNING id"),
        {challenge.venueId, challenge.challenger, challenge.challenged, challenge.game,
         challenge.raceTo,
         challenge.issuedAt.isValid() ? internal::utcText(challenge.issuedAt)
                                      : internal::utcNowText(),
         internal::notNull(challenge.note)});
    if (!id)
        return failed(id.error());
    const QJsonObject details{{QStringLiteral("challenger"), challenge.challenger},
                              {QStringLiteral("challenged"), challenge.challenged},
                              {QStringLiteral("game"), challenge.game},
                              {QStringLiteral("raceTo"), challenge.raceTo},
                              {QStringLiteral("note"), challenge.note}};
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("challenge.issued"),
                                   QStringLiteral("challenge:%1").arg(*id), compact(details));
        !committed)
        return failed(committed.error());
    return id;
}

Result<void> ChallengeRepository::answer(qint64 challengeId, const QString &state,
                                         const QStringList &from, const QString &actor)
{
    return onChallenge<void>(
        m_database, challengeId, Tr::tr("cannot answer challenge %1: %2"),
        [&](Transaction &txn, const ChallengeRecord &challenge) {
            if (state != u"accepted" && state != u"declined" && state != u"withdrawn") {
                return Result<void>(
                    txn.abandon(Tr::tr("a challenge is accepted, declined or withdrawn, not \"%1\"")
                                    .arg(state)));
            }
            return moveIn(txn, challenge, state, from, actor, QStringLiteral(", answered_at = ?"),
                          {internal::utcNowText()});
        });
}

Result<void> ChallengeRepository::booked(qint64 challengeId, qint64 bookingId, const QString &actor)
{
    return onChallenge<void>(
        m_database, challengeId, Tr::tr("cannot book a table for challenge %1: %2"),
        [&](Transaction &txn, const ChallengeRecord &challenge) {
            return moveIn(txn, challenge, QStringLiteral("booked"), {QStringLiteral("accepted")},
                          actor, QStringLiteral(", booking_id = ?"), {bookingId},
                          {{QStringLiteral("booking"), bookingId}});
        });
}

Result<qint64> ChallengeRepository::played(qint64 challengeId, const ResultRecord &result,
                                           const QString &actor)
{
    return onChallenge<qint64>(
        m_database, challengeId, Tr::tr("cannot enter the result of challenge %1: %2"),
        [&](Transaction &txn, const ChallengeRecord &challenge) -> Result<qint64> {
            const bool samePlayers
                = (result.playerA == challenge.challenger && result.playerB == challenge.challenged)
                  || (result.playerA == challenge.challenged
                      && result.playerB == challenge.challenger);
            if (!samePlayers) {
                return txn.abandon(
                    Tr::tr("the result must be between the challenge's two players"));
            }
            ResultRecord entered = result;
            entered.venueId = challenge.venueId;
            entered.game = challenge.game;
            entered.source = QStringLiteral("challenge");
            const Result<qint64> resultId = internal::insertResult(txn, entered, actor);
            if (!resultId)
                return resultId;
            if (Result<void> moved = moveIn(txn, challenge, QStringLiteral("played"),
                                            {QStringLiteral("accepted"), QStringLiteral("booked")},
                                            actor, QStringLiteral(", result_id = ?"), {*resultId},
                                            {{QStringLiteral("result"), *resultId}});
                !moved)
                return Unexpected(moved.error());
            return resultId;
        });
}

Result<ChallengeRecord> ChallengeRepository::challenge(qint64 challengeId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(),
        QLatin1String(kChallengeSelect) + QStringLiteral(" WHERE c.id = ?"), {challengeId});
    if (!query) {
        return Unexpected(Tr::tr("cannot read challenge %1: %2")
                              .arg(QString::number(challengeId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no challenge %1").arg(QString::number(challengeId)));
    return challengeFromRow(*query);
}

Result<std::vector<ChallengeRecord>> ChallengeRepository::challenges(qint64 venueId)
{
    Result<std::vector<ChallengeRecord>> challenges = internal::readRows(
        m_database.connection(),
        QLatin1String(kChallengeSelect)
            + QStringLiteral(" WHERE c.venue_id = ? ORDER BY c.issued_at DESC, c.id DESC"),
        {venueId}, challengeFromRow);
    if (!challenges) {
        return Unexpected(Tr::tr("cannot read the challenges of venue %1: %2")
                              .arg(QString::number(venueId), challenges.error()));
    }
    return challenges;
}

} // namespace dojo::storage
