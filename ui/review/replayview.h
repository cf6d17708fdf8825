#pragma once

#include "review/replaymarks.h"

#include <capture/replayshot.h>

#include <QImage>
#include <QTransform>
#include <QWidget>

#include <memory>

namespace dojo::ui {

// One frame of a shot's replay, fitted to the view, with the tracking drawn over it: each
// ball's number beside it (dashed while hidden, "?" while not identified), the paths so far
// fading with age, the rails, the pockets (a ball's number in the one it dropped into), where
// the cue ball first touched a ball and where balls met a rail after that.
class ReplayView : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayView(QWidget *parent = nullptr);

    void setShot(std::shared_ptr<const capture::ReplayShot> shot);
    const capture::ReplayShot *shot() const { return m_shot.get(); }
    const ReplayMarks &marks() const { return m_marks; }

    // An index into the shot's frames, clamped to them.
    void setFrame(int index);
    int frame() const { return m_frame; }
    int frameCount() const;
    // The shown frame's picture, decoded once while it is shown.
    const QImage &picture() const { return m_picture; }
    // Where a picture pixel is in the view.
    QPointF toView(QPointF pixel) const { return m_toView.map(pixel); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void decode();
    void fit();
    void paintRails(QPainter &painter) const;
    void paintPockets(QPainter &painter) const;
    void paintTrails(QPainter &painter) const;
    void paintContacts(QPainter &painter) const;
    void paintBalls(QPainter &painter) const;
    void paintTag(QPainter &painter, QPointF at, const QString &text, const QColor &fill,
                  const QColor &ink) const;
    double ballRadius() const; // in view pixels

    std::shared_ptr<const capture::ReplayShot> m_shot;
    ReplayMarks m_marks;
    int m_frame = 0;
    QImage m_picture;
    int m_decoded = -1; // the frame m_picture holds
    QTransform m_toView;
};

} // namespace dojo::ui
