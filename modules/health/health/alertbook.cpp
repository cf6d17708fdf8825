#include "health/alertbook.h"

#include "health/internal/healthtr.h"

#include <algorithm>

namespace dojo::health {

using internal::Tr;

std::vector<AlertChange> AlertBook::update(const QDateTime &now, const std::vector<Alert> &raised)
{
    std::vector<AlertChange> changes;
    std::vector<Alert> next;
    for (const Alert &was : m_current) {
        const auto still = std::find_if(raised.begin(), raised.end(), [&was](const Alert &alert) {
            return alert.sameSubject(was) && alert.level == was.level;
        });
        if (still == raised.end()) {
            Alert ended = was;
            ended.end = now;
            changes.push_back({false, ended});
            continue;
        }
        Alert going = was;
        going.sentence = still->sentence; // the figure of now
        next.push_back(going);
    }
    for (const Alert &alert : raised) {
        const bool known = std::any_of(next.begin(), next.end(), [&alert](const Alert &going) {
            return going.sameSubject(alert) && going.level == alert.level;
        });
        if (known)
            continue;
        Alert started = alert;
        started.start = now;
        started.end = QDateTime();
        next.push_back(started);
        changes.push_back({true, started});
    }
    m_current = std::move(next);
    return changes;
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString alertEndedSentence(const Alert &alert)
{
    return Tr::tr("Over after %1: %2")
        .arg(durationText(alert.start.secsTo(alert.end)), alert.sentence);
}

void logAlertChange(const AlertChange &change)
{
    if (!change.started)
        qInfo("%s", qPrintable(alertEndedSentence(change.alert)));
    else if (change.alert.level == AlertLevel::Critical)
        qCritical("%s", qPrintable(change.alert.sentence));
    else
        qWarning("%s", qPrintable(change.alert.sentence));
}

} // namespace dojo::health
