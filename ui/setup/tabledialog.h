#pragma once

#include <venue/floor.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dojo::ui {

// A table added or changed: its name, size, camera source (chosen in the camera source dialog,
// or typed) and rate class (empty: its size's). OK is offered for a table with a name that no
// other table of the venue has.
class TableDialog : public QDialog
{
    Q_OBJECT

public:
    // `otherNames`: the venue's other tables, whose names this one may not take.
    TableDialog(const venue::Table &table, const QStringList &otherNames, bool adding,
                QWidget *parent = nullptr);

    venue::Table table() const;

private:
    void chooseCamera();
    void check();

    venue::Table m_table;
    QStringList m_otherNames;
    QLineEdit *m_name = nullptr;
    QComboBox *m_size = nullptr;
    QLineEdit *m_camera = nullptr;
    QComboBox *m_rateClass = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dojo::ui
