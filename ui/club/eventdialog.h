#pragma once

#include "common/checkedform.h"

#include <venue/venueevents.h>

#include <QDate>
#include <QDialog>
#include <QTimeZone>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace dojo::ui {

// A new event at the venue: its name, kind (league night, open play, tournament), day, from and
// to in the venue's time zone (an end not after the start is the next day) and the cap (0: no
// cap). What cannot be created is said in a sentence and OK stays off; Enter creates.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(const QDate &day, const QTimeZone &zone, QWidget *parent = nullptr);

    venue::NewEvent event() const; // from and to in UTC
    std::optional<QString> problem() const;

private:
    void check();

    QTimeZone m_zone;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_day = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QSpinBox *m_cap = nullptr;
    CheckedForm m_form;
};

} // namespace dojo::ui
