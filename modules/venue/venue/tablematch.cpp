#include "venue/tablematch.h"

#include "venue/internal/matchreplay.h"
#include "venue/internal/stepeffects.h"
#include "venue/internal/venuetr.h"

#include <rules/rulingjson.h>
#include <rules/setupjson.h>
#include <rules/stepjson.h>
#include <storage/auditlog.h>
#include <storage/database.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace dojo::venue {

using internal::Tr;

namespace {

Result<void> checkPlayers(const std::array<QString, 2> &players)
{
    if (players[0].trimmed().isEmpty() || players[1].trimmed().isEmpty())
        return Unexpected(Tr::tr("a match needs two players"));
    if (players[0] == players[1])
        return Unexpected(Tr::tr("the two players of a match need different names"));
    return {};
}

Unexpected<StepFailure> refused(const QString &why)
{
    return Unexpected(StepFailure{StepFailure::Kind::Refused, why, std::nullopt});
}

} // namespace

TableMatch::TableMatch(storage::Database &database, qint64 id, std::array<QString, 2> players,
                       rules::Match match)
    : m_database(database)
    , m_repository(database)
    , m_id(id)
    , m_players(std::move(players))
    , m_match(match)
{
}

TableMatch::~TableMatch() = default;

Result<std::unique_ptr<TableMatch>> TableMatch::start(storage::Database &database,
                                                      std::optional<qint64> tableId,
                                                      const rules::MatchSetup &setup,
                                                      std::array<QString, 2> players)
{
    const auto cannot = [](const QString &why) {
        return Unexpected(Tr::tr("cannot start the match: %1").arg(why));
    };
    if (Result<void> checked = checkPlayers(players); !checked)
        return cannot(checked.error());
    if (setup.raceTo < 0 || (setup.firstBreaker != 0 && setup.firstBreaker != 1))
        return cannot(Tr::tr("the race and the first breaker are out of range"));

    storage::MatchRecord record;
    record.tableId = tableId;
    record.game = rules::gameKey(setup.game);
    record.players = players;
    record.setup = rules::setupToJson(setup, players);
    record.startedAt = QDateTime::currentDateTimeUtc();
    storage::RackRecord firstRack;
    firstRack.number = 1;
    firstRack.breaker = players[size_t(setup.firstBreaker)];
    storage::MatchRepository repository(database);
    const Result<qint64> id = repository.createMatch(record, firstRack);
    if (!id)
        return Unexpected(id.error());
    return std::unique_ptr<TableMatch>(
        new TableMatch(database, *id, std::move(players), rules::Match(setup)));
}

Result<std::unique_ptr<TableMatch>> TableMatch::resume(storage::Database &database, qint64 matchId)
{
    storage::MatchRepository repository(database);
    const Result<storage::MatchRecord> record = repository.match(matchId);
    if (!record)
        return Unexpected(record.error());
    return resumeRecord(database, *record);
}

Result<std::unique_ptr<TableMatch>> TableMatch::resumeAt(storage::Database &database,
                                                         qint64 tableId)
{
    storage::MatchRepository repository(database);
    const Result<std::optional<storage::MatchRecord>> record
        = repository.unfinishedMatchAt(tableId);
    if (!record)
        return Unexpected(record.error());
    if (!*record)
        return std::unique_ptr<TableMatch>();
    return resumeRecord(database, **record);
}

Result<std::unique_ptr<TableMatch>> TableMatch::resumeRecord(storage::Database &database,
                                                             const storage::MatchRecord &record)
{
    const auto cannot = [&record](const QString &why) {
        return Unexpected(
            Tr::tr("cannot resume match %1: %2").arg(QString::number(record.id), why));
    };
    if (Result<void> checked = checkPlayers(record.players); !checked)
        return cannot(checked.error());
    const Result<rules::MatchSetup> setup = rules::setupFromJson(record.setup, record.players);
    if (!setup)
        return cannot(Tr::tr("its setup cannot be read: %1").arg(setup.error()));
    if (rules::gameKey(setup->game) != record.game) {
        return cannot(Tr::tr("it is stored as %1 but its setup is %2")
                          .arg(record.game, rules::gameKey(setup->game)));
    }

    storage::MatchRepository repository(database);
    const Result<std::vector<storage::MatchStepRecord>> steps = repository.steps(record.id);
    if (!steps)
        return cannot(steps.error());
    Result<internal::Replay> replay = internal::replaySteps(*setup, record.players, *steps);
    if (!replay)
        return cannot(replay.error());

    std::unique_ptr<TableMatch> match(
        new TableMatch(database, record.id, record.players, replay->match));
    match->m_lastRuling = replay->lastRuling;
    match->m_stepCount = int(steps->size());
    return match;
}

Result<rules::Ruling, StepFailure> TableMatch::play(const rules::Step &step, const QString &actor,
                                                    const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return refused(Tr::tr("a step needs the name of who reports it"));
    const bool correction = rules::kindOf(step) == rules::StepKind::Correction;
    if (correction && reason.trimmed().isEmpty())
        return refused(Tr::tr("an override needs a reason"));
    // Kept so that a failed write leaves memory exactly as the database has it.
    const rules::Match before = m_match;
    const Result<rules::Ruling, rules::Refusal> ruling = m_match.apply(step);
    if (!ruling) {
        return Unexpected(StepFailure{StepFailure::Kind::Refused,
                                      rules::refusalText(ruling.error()), ruling.error()});
    }

    storage::MatchStepRecord record;
    record.matchId = m_id;
    record.number = m_stepCount + 1;
    record.rackNumber = before.rackNumber();
    record.kind = rules::stepKindKey(rules::kindOf(step));
    record.input = rules::stepInputToJson(step, m_players);
    record.ruling = rules::rulingToJson(record.number, *ruling, m_players);
    record.actor = actor.trimmed();
    record.reason = reason.trimmed();
    record.at = QDateTime::currentDateTimeUtc();
    const storage::MatchStepEffects effects
        = internal::stepEffects(before, m_match, *ruling, m_players);
    if (Result<void> stored = m_repository.appendStep(record, effects); !stored) {
        m_match = before;
        return Unexpected(StepFailure{StepFailure::Kind::NotStored, stored.error(), std::nullopt});
    }
    ++m_stepCount;
    m_lastRuling = *ruling;
    return *ruling;
}

Result<void> TableMatch::confirm(int step, const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return Unexpected(Tr::tr("a confirmation needs the name of who gives it"));
    if (step < 1 || step > m_stepCount)
        return Unexpected(Tr::tr("step %1 of this match is not stored").arg(step));
    const QJsonObject details{{QStringLiteral("step"), step},
                              {QStringLiteral("reason"), reason.trimmed()}};
    return storage::AuditLog(m_database)
        .record(actor.trimmed(), QStringLiteral("match.confirm"),
                QStringLiteral("match:%1").arg(m_id),
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

} // namespace dojo::venue
