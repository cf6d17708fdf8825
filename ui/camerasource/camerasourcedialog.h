#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace dojo::ui {

// Where a table's pictures come from: a camera on this PC (with its picture size and frame
// rate), a video file or a folder of images, a network stream, the simulated table, or none.
// The source text it makes is shown and can be typed; OK is offered only for a text that reads.
class CameraSourceDialog : public QDialog
{
    Q_OBJECT

public:
    CameraSourceDialog(const QString &tableName, const QString &source, QWidget *parent = nullptr);

    // The chosen source text ("" for no camera).
    QString source() const;

private:
    enum Page { NoCamera, CameraPage, FilePage, StreamPage, SimulatedPage };

    QWidget *cameraPage();
    QWidget *filePage();
    QWidget *streamPage();
    QWidget *simulatedPage();
    void showSource(const QString &source);
    void composeText();
    void checkText();

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_camera = nullptr;
    QComboBox *m_cameraSize = nullptr;
    QSpinBox *m_cameraFps = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_game = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_composing = false;
};

} // namespace dojo::ui
