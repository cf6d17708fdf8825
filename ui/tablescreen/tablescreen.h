#pragma once

#include "tablescreen/tablefeed.h"

#include <venue/floor.h>

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;

namespace dojo::ui {

class CameraView;
class CornerEditor;
class HealthPanel;
class ScoreboardPanel;
class TableDiagram;

// One table in its own window: the camera's picture large, and beside it the table from
// above, the match's scoreboard and the camera's health. Keys: + and − zoom, 0 fits, arrows
// pan, F11 (or a double-click) shows the picture full screen, Esc leaves, Ctrl+W closes.
// "Set Table Corners…" puts the picture in a mode where the playing surface's corners are
// placed by hand; what is chosen goes out as cornersChosen, never to a database.
class TableScreen : public QWidget
{
    Q_OBJECT

public:
    TableScreen(const venue::Table &table, const TableFeed &feed, QWidget *parent = nullptr);
    ~TableScreen() override;

    const venue::Table &table() const { return m_table; }
    // The table was renamed, resized or given another camera.
    void setTable(const venue::Table &table);
    void setFeed(const TableFeed &feed);
    const TableFeed &feed() const { return m_feed; }

    CameraView *cameraView() const { return m_camera; }
    TableDiagram *diagram() const { return m_diagram; }
    ScoreboardPanel *scoreboardPanel() const { return m_scoreboard; }
    HealthPanel *healthPanel() const { return m_health; }
    CornerEditor *cornerEditor() const { return m_cornerEditor; }
    QAction *cornersAction() const { return m_cornersAction; }
    QAction *reviewAction() const { return m_reviewAction; }

    // Places the corners by hand on a still of the camera's picture; the choice is signalled.
    void editCorners();
    bool isEditingCorners() const;

    // Only the camera's picture, on the whole screen.
    void setPictureFullScreen(bool fullScreen);
    bool isPictureFullScreen() const { return m_pictureFullScreen; }

Q_SIGNALS:
    void closing(qint64 tableId);
    // The referee wants to replay the table's shots (Review Shots…).
    void reviewRequested(qint64 tableId);
    // Save (the corners as fractions of the picture) or Reset to Automatic (none).
    void cornersChosen(qint64 tableId, const std::optional<dojo::venue::TableCorners> &corners);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createSidePanel();
    QWidget *createViewBar();
    void updateZoomText();
    void stopEditingCorners();
    void showTracking();

    venue::Table m_table;
    TableFeed m_feed;
    CameraView *m_camera = nullptr;
    TableDiagram *m_diagram = nullptr;
    ScoreboardPanel *m_scoreboard = nullptr;
    HealthPanel *m_health = nullptr;
    CornerEditor *m_cornerEditor = nullptr;
    QStackedWidget *m_pictureStack = nullptr;
    QWidget *m_side = nullptr;
    QWidget *m_viewBar = nullptr;
    QLabel *m_zoomText = nullptr;
    QLabel *m_tableName = nullptr;
    QLabel *m_tableDetails = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_leaveFullScreenAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_cornersAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QLabel *m_trackingText = nullptr;
    bool m_pictureFullScreen = false;
    Qt::WindowStates m_stateBeforeFullScreen;
};

} // namespace dojo::ui
