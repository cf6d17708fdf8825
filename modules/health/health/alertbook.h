#pragma once

#include "health/alerts.h"

#include <vector>

namespace dojo::health {

// An alert that started or ended with a sample.
struct AlertChange
{
    bool started = false; // false: ended
    Alert alert;
};

// The alerts going on, from one sample to the next: an alert keeps its start while it lasts
// (its sentence follows the figures). A higher level ends the alert and starts the higher one at
// once; the end, or a fall to a lower level, waits until the alert has not been raised for
// `holdSamples` samples in a row, so a figure hovering at its threshold does not flap. The log
// tells each start and end once, not every sample.
class AlertBook
{
public:
    explicit AlertBook(int holdSamples = kHoldSamples);

    // The alerts judgeSamples() raised at `now`; the changes, ends before starts.
    std::vector<AlertChange> update(const QDateTime &now, const std::vector<Alert> &raised);
    const std::vector<Alert> &current() const { return m_current; }

    static constexpr int kHoldSamples = 15;

private:
    int m_hold;
    std::vector<Alert> m_current;
    std::vector<int> m_quiet; // per current alert: samples in a row it was not raised at its level
};

// The log's line for a change: a warning's start with qWarning, a critical one's with qCritical
// (the journal's warning and error priorities under systemd), an end with qInfo.
void logAlertChange(const AlertChange &change);
// "Over after 2 min 5 s: Table 3 is falling behind: …"
QString alertEndedSentence(const Alert &alert);
// How long an alert lasted: "45 s", "2 min 5 s", "3 h 12 min".
QString durationText(qint64 seconds);

} // namespace dojo::health
