#include "venue/internal/matchreplay.h"

#include "venue/internal/matchstep.h"
#include "venue/internal/venuetext.h"

#include <rules/scenario.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace dojo::venue::internal {

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return VenueText::tr("nothing");
    // QJsonDocument holds only arrays and objects, so wrap the value in one.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// "turn: stored "B", now "A"; foul: stored false, now true"
QString differences(const QJsonObject &stored, const QJsonObject &now)
{
    QStringList keys = stored.keys() + now.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        if (stored.value(key) != now.value(key)) {
            lines.append(VenueText::tr("%1: stored %2, now %3")
                             .arg(key, compact(stored.value(key)), compact(now.value(key))));
        }
    }
    return lines.join(QLatin1String("; "));
}

} // namespace

Replay replaySteps(const rules::MatchSetup &setup, const std::array<QString, 2> &players,
                   const std::vector<storage::MatchStepRecord> &steps)
{
    Replay replay;
    rules::Match match(setup);
    int expected = 0;
    for (const storage::MatchStepRecord &stored : steps) {
        ++expected;
        const QString which
            = VenueText::tr("step %1 (%2 in rack %3)")
                  .arg(QString::number(stored.number), storage::matchStepKindKey(stored.kind),
                       QString::number(stored.rackNumber));
        if (stored.number != expected) {
            replay.error = VenueText::tr("step %1 is missing; the next stored step is %2")
                               .arg(expected)
                               .arg(stored.number);
            return replay;
        }
        if (stored.rackNumber != match.rackNumber()) {
            replay.error = VenueText::tr("%1 was played in rack %2 but the replay is in rack %3")
                               .arg(which)
                               .arg(stored.rackNumber)
                               .arg(match.rackNumber());
            return replay;
        }
        const MatchStepParse parsed = stepFromInput(stored.kind, stored.input, players);
        if (!parsed.step) {
            replay.error = VenueText::tr("%1 cannot be read: %2").arg(which, parsed.error);
            return replay;
        }
        const rules::StepOutcome outcome = applyStep(match, *parsed.step);
        if (!outcome.ruling) {
            replay.error
                = VenueText::tr("%1 is refused by the rules now: %2").arg(which, outcome.error);
            return replay;
        }
        const QJsonObject now = rules::rulingToJson(stored.number, *outcome.ruling, players);
        if (now != stored.ruling) {
            replay.error = VenueText::tr("%1 is ruled differently now: %2")
                               .arg(which, differences(stored.ruling, now));
            return replay;
        }
        replay.lastRuling = outcome.ruling;
    }
    replay.match = std::move(match);
    return replay;
}

} // namespace dojo::venue::internal
