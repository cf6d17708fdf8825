#include "health/alertbook.h"

#include "health/internal/healthtr.h"

#include <algorithm>

namespace dojo::health {

using internal::Tr;

AlertBook::AlertBook(int holdSamples)
    : m_hold(std::max(1, holdSamples))
{
}

std::vector<AlertChange> AlertBook::update(const QDateTime &now, const std::vector<Alert> &raised)
{
    std::vector<AlertChange> ended;
    std::vector<AlertChange> started;
    std::vector<Alert> next;
    std::vector<int> quiet;
    std::vector<const Alert *> handled; // the raised alerts an alert going on took
    for (std::size_t index = 0; index < m_current.size(); ++index) {
        const Alert &was = m_current[index];
        const auto same = std::find_if(raised.begin(), raised.end(),
                                       [&was](const Alert &a) { return a.sameSubject(was); });
        const Alert *again = same == raised.end() ? nullptr : &*same;
        if (again && again->level == was.level) {
            Alert going = was;
            going.sentence = again->sentence; // the figure of now
            next.push_back(going);
            quiet.push_back(0);
            handled.push_back(again);
            continue;
        }
        if (again && again->level == AlertLevel::Critical) { // worse: at once
            Alert over = was;
            over.end = now;
            ended.push_back({false, over});
            continue; // the critical one starts below
        }
        // Not raised, or only at a lower level: it waits before it ends.
        const int silent = m_quiet[index] + 1;
        if (silent < m_hold) {
            next.push_back(was);
            quiet.push_back(silent);
            if (again)
                handled.push_back(again);
            continue;
        }
        Alert over = was;
        over.end = now;
        ended.push_back({false, over});
    }
    for (const Alert &alert : raised) {
        if (std::find(handled.begin(), handled.end(), &alert) != handled.end())
            continue;
        Alert begun = alert;
        begun.start = now;
        begun.end = QDateTime();
        next.push_back(begun);
        quiet.push_back(0);
        started.push_back({true, begun});
    }
    m_current = std::move(next);
    m_quiet = std::move(quiet);
    ended.insert(ended.end(), started.begin(), started.end());
    return ended;
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
