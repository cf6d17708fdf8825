#pragma once

#include "nightlybackup.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QLabel;
class QMainWindow;

namespace dojo::storage {
class ChangeFeed;
}

namespace dojo::app {

struct OpenVenue;

// The window's nightly backup and its line in the status bar: the time of the last backup (any
// process's, from the database), turned to a warning when it is more than two days old or the
// last nightly one failed. Read again each minute, after a backup here, and when the change feed
// says another process recorded one.
class WindowBackups : public QObject
{
    Q_OBJECT

public:
    WindowBackups(OpenVenue &venue, QMainWindow &window, storage::ChangeFeed &changes,
                  const QString &takenBy);
    ~WindowBackups() override;

private:
    void show();

    std::unique_ptr<NightlyBackup> m_nightly;
    QLabel *m_label = nullptr; // the status bar's
    QTimer m_minute;
};

} // namespace dojo::app
