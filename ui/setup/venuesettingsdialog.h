#pragma once

#include <venue/floor.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dojo::ui {

// Venue → Settings…: the venue's name, currency, time zone, the grace minutes a booking holds
// its table unclaimed and the idle minutes before the window locks. OK is offered for settings
// that are whole: a name, a known currency and time zone.
class VenueSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VenueSettingsDialog(const venue::Venue &venue, QWidget *parent = nullptr);

    venue::Venue settings() const;

private:
    void check();

    venue::Venue m_venue;
    QLineEdit *m_name = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_grace = nullptr;
    QSpinBox *m_lock = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dojo::ui
