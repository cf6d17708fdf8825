#pragma once

#include <venue/floor.h>

#include <QImage>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace dojo::ui {

class CornerCanvas;

// Placing the playing surface's corners by hand on a still of the camera's picture: four
// handles (the stored corners, or a rectangle a little inside the picture), the outline between
// them, a magnifier, and Save, Reset to Automatic and Cancel. It knows no database: it says
// what was chosen, as fractions of the picture (venue::TableCorners).
class CornerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CornerEditor(QWidget *parent = nullptr);

    // Begins again on `picture` with the corners a table has (none: automatic).
    void start(const QImage &picture, const std::optional<venue::TableCorners> &stored);
    // The handles' places, as fractions of the picture.
    venue::TableCorners corners() const;

    CornerCanvas *canvas() const { return m_canvas; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *automaticButton() const { return m_automatic; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void saved(const dojo::venue::TableCorners &corners);
    void automaticChosen();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showPlace();

    CornerCanvas *m_canvas = nullptr;
    QLabel *m_place = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_automatic = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace dojo::ui
