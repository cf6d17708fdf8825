#include "tablescript.h"

namespace dojo::venuetest {

namespace {

QString statisticsDifference(const rules::PlayerStatistics &a, const rules::PlayerStatistics &b)
{
    if (a.racksWon != b.racksWon || a.ballsPocketed != b.ballsPocketed || a.shots != b.shots
        || a.innings != b.innings || a.fouls != b.fouls || a.foulsByKind != b.foulsByKind
        || a.breakAndRuns != b.breakAndRuns || a.safeties != b.safeties)
        return QStringLiteral(
                   "statistics: %1 shots, %2 innings, %3 fouls, %4 balls vs %5, %6, %7, %8")
            .arg(a.shots)
            .arg(a.innings)
            .arg(a.fouls)
            .arg(a.ballsPocketed)
            .arg(b.shots)
            .arg(b.innings)
            .arg(b.fouls)
            .arg(b.ballsPocketed);
    return {};
}

} // namespace

QString matchDifference(const rules::Match &actual, const rules::Match &expected)
{
    if (!(actual.rack() == expected.rack()))
        return QStringLiteral("the rack states differ");
    if (actual.score() != expected.score())
        return QStringLiteral("score %1-%2, expected %3-%4")
            .arg(actual.score()[0])
            .arg(actual.score()[1])
            .arg(expected.score()[0])
            .arg(expected.score()[1]);
    if (actual.winner() != expected.winner())
        return QStringLiteral("the match winners differ");
    if (actual.rackNumber() != expected.rackNumber())
        return QStringLiteral("rack %1, expected rack %2")
            .arg(actual.rackNumber())
            .arg(expected.rackNumber());
    for (rules::Seat seat : {0, 1}) {
        const QString difference = statisticsDifference(actual.statistics().player(seat),
                                                        expected.statistics().player(seat));
        if (!difference.isEmpty())
            return kPlayers[size_t(seat)] + QStringLiteral(" ") + difference;
    }
    return {};
}

rules::MatchSetup setupFor(rules::Game game, int raceTo)
{
    rules::MatchSetup setup;
    setup.game = game;
    setup.raceTo = raceTo;
    return setup;
}

Result<rules::Ruling, venue::StepFailure> play(venue::TableMatch &match, const rules::Step &step)
{
    switch (rules::kindOf(step)) {
    case rules::StepKind::Shot: return match.play(step, kTracker);
    case rules::StepKind::Correction: return match.play(step, kReferee, kReason);
    case rules::StepKind::Decision:
    case rules::StepKind::Stalemate: break;
    }
    return match.play(step, kReferee);
}

ScriptedRun scriptedRun(const rules::MatchSetup &setup, quint32 seed, int steps)
{
    ScriptedRun run{rules::Match(setup), rules::play::ScriptedPlay(seed), std::nullopt};
    for (int i = 0; i < steps; ++i) {
        const Result<rules::Ruling, rules::Refusal> ruling
            = run.match.apply(run.script.next(run.match));
        run.lastRuling = ruling ? std::optional(*ruling) : std::nullopt;
    }
    return run;
}

} // namespace dojo::venuetest
