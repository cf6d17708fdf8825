#pragma once

#include <capture/framesource.h>
#include <venue/floor.h>
#include <venue/tournamenttables.h>

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace dojo::capture {
class TableCamera;
}

namespace dojo::ui {

// A health alert of a table on its card (View → Health… tells the rest): a short mark over the
// picture ("Falling behind", "Camera stopped"), the alerts' sentences as its tooltip.
struct TableHealthMark
{
    QString mark;
    QString sentences;
    bool critical = false;
};

// One table on the venue floor: a small live picture from its camera (or a drawing of the
// table when it has none), its name, size, status and camera, as the front desk sees it
// across the room. A camera that is not working is marked on the card.
class TableCard : public QWidget
{
    Q_OBJECT

public:
    explicit TableCard(const venue::Table &table, QWidget *parent = nullptr);

    const venue::Table &table() const { return m_table; }
    void setTable(const venue::Table &table);

    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);

    // Shows a thumbnail of the camera's latest picture, refreshed about twice a second while
    // the card is visible; null: the drawing of the table.
    void setCamera(capture::TableCamera *camera);
    const QImage &thumbnail() const { return m_thumbnail; }
    bool isCameraFailed() const { return m_cameraState == capture::SourceState::Failed; }

    // The tournament match given this table, shown as a caption over its picture; none: none.
    const std::optional<venue::TableTournamentMatch> &tournamentMatch() const
    {
        return m_tournamentMatch;
    }
    void setTournamentMatch(const std::optional<venue::TableTournamentMatch> &match);

    // The table's health alert, marked like a failed camera (which already says it when the
    // camera failed); none: no mark.
    const std::optional<TableHealthMark> &healthMark() const { return m_healthMark; }
    void setHealthMark(const std::optional<TableHealthMark> &mark);

    QSize sizeHint() const override;
    // Turned a quarter on the hall plan: the card stands upright, drawn turned.
    bool isTurned() const { return m_turned; }
    void setTurned(bool turned);

Q_SIGNALS:
    void clicked(qint64 tableId);
    void activated(qint64 tableId);
    void contextMenuRequested(qint64 tableId, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void paintTable(QPainter &painter, const QRectF &area) const;
    void paintThumbnail(QPainter &painter, const QRectF &area) const;
    void paintCameraMark(QPainter &painter, const QRectF &area) const;
    void paintTournamentMatch(QPainter &painter, const QRectF &area) const;
    void paintHealthMark(QPainter &painter, const QRectF &area) const;
    QRectF pictureArea() const;
    QRect uprightRect() const; // the card as drawn before it is turned
    void refreshThumbnail();
    void showCameraHealth();
    void updateAccessibleText();

    venue::Table m_table;
    bool m_selected = false;
    QPointer<capture::TableCamera> m_camera;
    capture::SourceState m_cameraState = capture::SourceState::Stopped;
    QImage m_thumbnail;
    qint64 m_thumbnailOf = 0; // the cache key of the picture the thumbnail shows
    QTimer m_thumbnailTimer;
    bool m_turned = false;
    std::optional<venue::TableTournamentMatch> m_tournamentMatch;
    std::optional<TableHealthMark> m_healthMark;
};

} // namespace dojo::ui
