#pragma once

#include <QString>

#include <initializer_list>
#include <optional>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace dojo::ui {

// The foot of a dialog whose fields are checked as they change: the sentence that says why it
// cannot be accepted as it stands, then OK (the default button, off while there is one) and
// Cancel.
struct CheckedForm
{
    QLabel *problem = nullptr;
    QDialogButtonBox *buttons = nullptr;

    // Says why the fields cannot be accepted (nothing when they can) and turns OK off or on.
    void show(const std::optional<QString> &why) const;
};

// Lays `dialog` out as `form`, the problem line (object name `problemName`), the `notes`, and OK
// (labelled `okText`; Qt's own label when empty) and Cancel, which accept and reject it.
CheckedForm layOutCheckedForm(QDialog *dialog, QFormLayout *form, const QString &problemName,
                              const QString &okText, std::initializer_list<QWidget *> notes = {});

} // namespace dojo::ui
