#include "venue/internal/matchreplay.h"

#include "venue/internal/venuetr.h"

#include <rules/refusal.h>
#include <rules/rulingjson.h>
#include <rules/stepjson.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace dojo::venue::internal {

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return Tr::tr("nothing");
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
            lines.append(Tr::tr("%1: stored %2, now %3")
                             .arg(key, compact(stored.value(key)), compact(now.value(key))));
        }
    }
    return lines.join(QLatin1String("; "));
}

} // namespace

Result<Replay> replaySteps(const rules::MatchSetup &setup, const std::array<QString, 2> &players,
                           const std::vector<storage::MatchStepRecord> &steps)
{
    Replay replay{rules::Match(setup), std::nullopt};
    int expected = 0;
    for (const storage::MatchStepRecord &stored : steps) {
        ++expected;
        if (stored.number != expected) {
            return Unexpected(Tr::tr("step %1 is missing; the next stored step is %2")
                                  .arg(expected)
                                  .arg(stored.number));
        }
        const QString step = QString::number(stored.number);
        const QString rack = QString::number(stored.rackNumber);
        if (stored.rackNumber != replay.match.rackNumber()) {
            return Unexpected(
                Tr::tr("step %1 (%2) was played in rack %3 but the replay is in "
                       "rack %4")
                    .arg(step, stored.kind, rack, QString::number(replay.match.rackNumber())));
        }
        const Result<rules::Step> read = rules::stepFromJson(stored.kind, stored.input, players);
        if (!read) {
            return Unexpected(Tr::tr("step %1 (%2 in rack %3) cannot be read: %4")
                                  .arg(step, stored.kind, rack, read.error()));
        }
        const Result<rules::Ruling, rules::Refusal> ruling = replay.match.apply(*read);
        if (!ruling) {
            return Unexpected(
                Tr::tr("step %1 (%2 in rack %3) is refused by the rules now: %4")
                    .arg(step, stored.kind, rack, rules::refusalText(ruling.error())));
        }
        const QJsonObject now = rules::rulingToJson(stored.number, *ruling, players);
        if (now != stored.ruling) {
            return Unexpected(Tr::tr("step %1 (%2 in rack %3) is ruled differently now: %4")
                                  .arg(step, stored.kind, rack, differences(stored.ruling, now)));
        }
        replay.lastRuling = *ruling;
    }
    return replay;
}

} // namespace dojo::venue::internal
