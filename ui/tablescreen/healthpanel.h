#pragma once

#include <capture/tablecamera.h>

#include <QPointer>
#include <QWidget>

class QLabel;

namespace dojo::ui {

// How the table's camera is doing: its state (and problem), frames per second coming in and
// processed, frames dropped, the time per frame and the retries. Staff setting up a camera
// read it; a technician reads the figures.
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget *parent = nullptr);

    // Follows the camera's health; null: no camera is set up.
    void setCamera(capture::TableCamera *camera);
    // The same by hand.
    void setHealth(const capture::SourceHealth &health);
    // The camera as the table's settings name it ("sim:1", "camera:0", a file...).
    void setSourceText(const QString &source);

private:
    void showCameraHealth();
    QLabel *addRow(const QString &label, const QString &objectName);

    QPointer<capture::TableCamera> m_camera;
    QLabel *m_source = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_framesIn = nullptr;
    QLabel *m_framesProcessed = nullptr;
    QLabel *m_dropped = nullptr;
    QLabel *m_timePerFrame = nullptr;
    QLabel *m_retries = nullptr;
};

} // namespace dojo::ui
