#pragma once

#include <capture/frame.h>
#include <core/tablespec.h>

#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

namespace dojo::capture {
class TableCamera;
class TableTracking;
} // namespace dojo::capture

namespace dojo::ui {

// The table from above, drawn in table millimetres: cloth, cushions, rails with their
// diamonds, pockets, head string and spots, and the balls where the camera's frame says
// they are (the tracked positions; without tracking, the simulated table's truth).
// Under it, the balls still on the table in order, large enough to read.
class TableDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit TableDiagram(QWidget *parent = nullptr);

    void setTableSize(TableSize size);
    TableSize tableSize() const { return m_size; }
    // Follows the balls of the camera's latest frame (the simulated table's truth).
    void setCamera(capture::TableCamera *camera);
    // Follows the tracked balls instead, while a tracking is given.
    void setTracking(capture::TableTracking *tracking);
    // The same by hand; null: this camera says nothing about the balls.
    void setBalls(std::shared_ptr<const std::vector<capture::BallPosition>> balls);
    const std::vector<capture::BallPosition> &balls() const;
    bool knowsBalls() const { return m_balls != nullptr; }

    // Where a table point is drawn, in the widget's pixels.
    QPointF toWidget(Vec2 tablePoint) const;
    double pixelsPerMillimetre() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showLatest();
    QRectF playingSurface() const; // in widget pixels
    void paintTable(QPainter &painter) const;
    void paintBall(QPainter &painter, int number, QPointF centre, double radius) const;
    void updateAccessibleText();

    TableSize m_size = TableSize::NineFoot;
    QPointer<capture::TableCamera> m_camera;
    QPointer<capture::TableTracking> m_tracking;
    std::shared_ptr<const std::vector<capture::BallPosition>> m_balls;
    QPixmap m_tableDrawing;
    TableSize m_tableDrawingSize = TableSize::NineFoot;
};

} // namespace dojo::ui
