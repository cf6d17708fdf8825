#include "venue/tablematch.h"

#include "venue/internal/matchreplay.h"
#include "venue/internal/matchstep.h"
#include "venue/internal/setupjson.h"
#include "venue/internal/stepeffects.h"
#include "venue/internal/venuetext.h"

#include <rules/scenario.h>
#include <storage/database.h>

#include <QDateTime>

namespace dojo::venue {

using internal::VenueText;
using storage::MatchStepKind;

namespace {

TableMatchOpen failure(const QString &error)
{
    return {nullptr, error};
}

QString checkPlayers(const std::array<QString, 2> &players)
{
    if (players[0].trimmed().isEmpty() || players[1].trimmed().isEmpty())
        return VenueText::tr("a match needs two players");
    if (players[0] == players[1])
        return VenueText::tr("the two players of a match need different names");
    return {};
}

TableStep refused(const QString &error)
{
    return {TableStep::Status::Refused, std::nullopt, error};
}

} // namespace

TableMatch::TableMatch(storage::Database &database, qint64 id, std::array<QString, 2> players,
                       rules::Match match)
    : m_repository(database)
    , m_id(id)
    , m_players(std::move(players))
    , m_match(std::move(match))
{
}

TableMatch::~TableMatch() = default;

TableMatchOpen TableMatch::start(storage::Database &database, std::optional<qint64> tableId,
                                 const rules::MatchSetup &setup, std::array<QString, 2> players)
{
    const QString cannot = VenueText::tr("cannot start the match: ");
    if (const QString problem = checkPlayers(players); !problem.isEmpty())
        return failure(cannot + problem);
    if (setup.raceTo < 0 || (setup.firstBreaker != 0 && setup.firstBreaker != 1))
        return failure(cannot + VenueText::tr("the race and the first breaker are out of range"));

    storage::MatchRecord record;
    record.tableId = tableId;
    record.game = rules::gameKey(setup.game);
    record.players = players;
    record.setup = internal::setupToJson(setup, players);
    record.startedAt = QDateTime::currentDateTimeUtc();
    storage::RackRecord firstRack;
    firstRack.number = 1;
    firstRack.breaker = players[size_t(setup.firstBreaker)];
    storage::MatchRepository repository(database);
    const std::optional<qint64> id = repository.createMatch(record, firstRack);
    if (!id)
        return failure(repository.lastError());
    return {std::unique_ptr<TableMatch>(
                new TableMatch(database, *id, std::move(players), rules::Match(setup))),
            {}};
}

TableMatchOpen TableMatch::resume(storage::Database &database, qint64 matchId)
{
    storage::MatchRepository repository(database);
    const std::optional<storage::MatchRecord> record = repository.match(matchId);
    if (!record)
        return failure(repository.lastError());
    return resumeRecord(database, *record);
}

TableMatchOpen TableMatch::resumeAt(storage::Database &database, qint64 tableId)
{
    storage::MatchRepository repository(database);
    const std::optional<storage::MatchRecord> record = repository.unfinishedMatchAt(tableId);
    if (!record)
        return failure(repository.lastError());
    return resumeRecord(database, *record);
}

TableMatchOpen TableMatch::resumeRecord(storage::Database &database,
                                        const storage::MatchRecord &record)
{
    const QString cannot = VenueText::tr("cannot resume match %1: ").arg(record.id);
    if (const QString problem = checkPlayers(record.players); !problem.isEmpty())
        return failure(cannot + problem);
    const internal::SetupParse setup = internal::setupFromJson(record.setup, record.players);
    if (!setup.setup)
        return failure(cannot + VenueText::tr("its setup cannot be read: ") + setup.error);
    if (rules::gameKey(setup.setup->game) != record.game)
        return failure(cannot
                       + VenueText::tr("it is stored as %1 but its setup is %2")
                             .arg(record.game, rules::gameKey(setup.setup->game)));

    storage::MatchRepository repository(database);
    const std::vector<storage::MatchStepRecord> steps = repository.steps(record.id);
    if (!repository.lastError().isEmpty())
        return failure(cannot + repository.lastError());
    internal::Replay replay = internal::replaySteps(*setup.setup, record.players, steps);
    if (!replay.match)
        return failure(cannot + replay.error);

    std::unique_ptr<TableMatch> match(
        new TableMatch(database, record.id, record.players, std::move(*replay.match)));
    match->m_lastRuling = replay.lastRuling;
    match->m_stepCount = int(steps.size());
    return {std::move(match), {}};
}

TableStep TableMatch::shoot(const ShotRecord &shot, const QString &actor)
{
    internal::MatchStep step;
    step.kind = MatchStepKind::Shot;
    step.shot = shot;
    return play(step, actor, {});
}

TableStep TableMatch::decide(rules::Choice choice, const QString &actor)
{
    internal::MatchStep step;
    step.kind = MatchStepKind::Decision;
    step.choice = choice;
    return play(step, actor, {});
}

TableStep TableMatch::declareStalemate(const QString &actor)
{
    internal::MatchStep step;
    step.kind = MatchStepKind::Stalemate;
    return play(step, actor, {});
}

TableStep TableMatch::overrule(const rules::Correction &correction, const QString &actor,
                               const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return refused(VenueText::tr("an override needs a reason"));
    internal::MatchStep step;
    step.kind = MatchStepKind::Correction;
    step.correction = correction;
    return play(step, actor, reason.trimmed());
}

TableStep TableMatch::play(const internal::MatchStep &step, const QString &actor,
                           const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return refused(VenueText::tr("a step needs the name of who reports it"));
    // Kept so that a failed write leaves memory exactly as the database has it.
    const rules::Match before = m_match;
    const rules::StepOutcome outcome = internal::applyStep(m_match, step);
    if (!outcome.ruling)
        return refused(outcome.error);

    storage::MatchStepRecord record;
    record.matchId = m_id;
    record.number = m_stepCount + 1;
    record.rackNumber = before.rackNumber();
    record.kind = step.kind;
    record.input = internal::stepInputToJson(step, m_players);
    record.ruling = rules::rulingToJson(record.number, *outcome.ruling, m_players);
    record.actor = actor.trimmed();
    record.reason = reason;
    record.at = QDateTime::currentDateTimeUtc();
    const storage::MatchStepEffects effects
        = internal::stepEffects(before, m_match, *outcome.ruling, m_players);
    if (!m_repository.appendStep(record, effects)) {
        m_match = before;
        return {TableStep::Status::NotStored, std::nullopt, m_repository.lastError()};
    }
    ++m_stepCount;
    m_lastRuling = outcome.ruling;
    return {TableStep::Status::Ruled, outcome.ruling, {}};
}

} // namespace dojo::venue
