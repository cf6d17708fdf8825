#pragma once

#include <capture/tablecamera.h>
#include <venue/floor.h>
#include <venue/scoreboard.h>

#include <QObject>

#include <map>
#include <memory>
#include <vector>

namespace dojo::app {

// A table's camera on a source text, with the one consumer of its frames hooked up (tracking
// runs there with the next issue); a text that cannot be read gives a camera that shows why.
// The simulated table's shots go to `scoreboard` when given. Not started.
std::unique_ptr<capture::TableCamera> makeTableCamera(const QString &source,
                                                      venue::TableScoreboard *scoreboard);

// The shown venue's cameras: one TableCamera per table, built from the table's stored source,
// with the table's scoreboard and the one consumer of its frames. The window and serve both
// keep one; a table whose source changes gets a new camera, the others keep running.
class VenueCameras : public QObject
{
    Q_OBJECT

public:
    explicit VenueCameras(QObject *parent = nullptr);
    ~VenueCameras() override;

    // Starts a camera for each table, stops those of tables no longer there, and restarts a
    // table's camera only when its source changed.
    void showTables(const std::vector<venue::Table> &tables);
    void stopAll();

    capture::TableCamera *camera(qint64 tableId) const;
    venue::TableScoreboard *scoreboard(qint64 tableId) const;
    std::vector<qint64> tableIds() const;

Q_SIGNALS:
    // A table's camera was replaced (its source changed): screens showing it must re-bind.
    void cameraReplaced(qint64 tableId);

private:
    struct TableFeed
    {
        QString source;
        std::unique_ptr<venue::TableScoreboard> scoreboard;
        std::unique_ptr<capture::TableCamera> camera;
    };

    // The table's new camera; the one it replaces is handed back, stopped.
    std::unique_ptr<capture::TableCamera> startTable(qint64 tableId, const QString &source);

    std::map<qint64, TableFeed> m_tables;
};

} // namespace dojo::app
