#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <array>
#include <optional>

namespace dojo::ui {

// The camera's picture with the playing surface's four corners as handles to drag, the outline
// between them drawn over it and, around the handle in hand, a magnifier. A click picks the
// nearest handle; the arrow keys nudge it by one pixel of the picture (Shift: ten), 1 to 4 pick
// a handle. Corners are in the picture's pixels, in venue::TableCorners' order.
class CornerCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit CornerCanvas(QWidget *parent = nullptr);

    void setPicture(const QImage &picture);
    const QImage &picture() const { return m_picture; }
    void setCorners(const std::array<QPointF, 4> &corners);
    const std::array<QPointF, 4> &corners() const { return m_corners; }

    // The handle the keys move; none before one is picked.
    std::optional<int> selectedCorner() const { return m_selected; }
    void selectCorner(int index);
    // Where a corner's handle is drawn, in this widget's coordinates.
    QPointF handlePosition(int index) const;
    // The name a person reads beside a handle: "head-left", ...
    static QString cornerName(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cornersChanged();
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF pictureArea() const; // where the fitted picture is drawn
    QPointF toPicture(QPointF widgetPoint) const;
    QPointF toWidget(QPointF picturePoint) const;
    void moveCorner(int index, QPointF picturePoint);
    void paintMagnifier(QPainter &painter, int index) const;

    QImage m_picture;
    std::array<QPointF, 4> m_corners{};
    std::optional<int> m_selected;
    bool m_dragging = false;
    QPointF m_grabOffset; // picture pixels from the pointer to the handle's centre
};

} // namespace dojo::ui
