#pragma once

#include <capture/tablecamera.h>

#include <QElapsedTimer>
#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace dojo::ui {

// A table's camera picture: fitted to the view, or zoomed (wheel, zoomIn(), zoomOut()) and
// panned (drag, arrow keys); fit() goes back. When the camera is starting, failed or at the
// end of its video, a note over the picture says so, with the problem and the next retry.
// It repaints only when the camera has a new picture, and copies no pixels to do it.
class CameraView : public QWidget
{
    Q_OBJECT

public:
    explicit CameraView(QWidget *parent = nullptr);

    // Follows the camera's latest picture and health; null: no camera is set up.
    void setCamera(capture::TableCamera *camera);
    // The same by hand, for a picture or a health that comes from elsewhere.
    void setImage(const QImage &image);
    void setHealth(const capture::SourceHealth &health);

    const QImage &image() const { return m_image; }
    bool isFit() const { return m_fit; }
    double scale() const; // screen pixels per camera pixel
    // The camera pixel shown in the middle of the view.
    QPointF pictureCentre() const;
    // What the note over the picture says; empty when the picture is shown plainly.
    QString noteText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fit();

Q_SIGNALS:
    void scaleChanged();
    void fullScreenRequested(); // a double-click on the picture

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Note
    {
        QString title;
        QStringList details;
    };
    Note note() const;
    double fitScale() const;
    QPointF viewCentre() const;
    void zoomAt(double factor, QPointF anchor);
    void panBy(QPointF viewDelta);
    void keepInside();
    void updateCursor();
    void showLatest();
    void showCameraHealth();
    void paintNote(QPainter &painter, const Note &note) const;

    QPointer<capture::TableCamera> m_camera;
    QImage m_image;
    bool m_hasHealth = false;
    capture::SourceHealth m_health;
    QElapsedTimer m_healthAge; // since m_health was read: counts the retry down
    QTimer m_countdown;

    bool m_fit = true;
    double m_scale = 1.0;
    QPointF m_centre; // the camera pixel at the middle of the view, when zoomed
    bool m_dragging = false;
    QPointF m_dragFrom;
};

} // namespace dojo::ui
