#include "setup/venuesettingsdialog.h"

#include "common/uitr.h"
#include "setup/venuefields.h"

#include <venue/newvenue.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dojo::ui {

VenueSettingsDialog::VenueSettingsDialog(const venue::Venue &venue, QWidget *parent)
    : QDialog(parent)
    , m_venue(venue)
{
    setObjectName(QStringLiteral("venueSettings"));
    setWindowTitle(Tr::tr("Settings of %1").arg(venue.name));
    m_name = new QLineEdit(venue.name, this);
    m_name->setObjectName(QStringLiteral("settingsName"));
    m_currency = makeCurrencyBox(venue.currency, this);
    m_currency->setObjectName(QStringLiteral("settingsCurrency"));
    m_timeZone = makeTimeZoneBox(venue.timeZone, this);
    m_timeZone->setObjectName(QStringLiteral("settingsTimeZone"));
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("settingsGrace"));
    m_grace->setRange(0, 240);
    m_grace->setSuffix(Tr::tr(" min"));
    m_grace->setValue(venue.graceMinutes);
    m_grace->setToolTip(Tr::tr("A booking not checked in this long after it starts frees its "
                               "table."));
    m_lock = new QSpinBox(this);
    m_lock->setObjectName(QStringLiteral("settingsLock"));
    m_lock->setRange(1, 240);
    m_lock->setSuffix(Tr::tr(" min"));
    m_lock->setValue(venue.lockMinutes);
    m_lock->setToolTip(Tr::tr("The window locks after this long without a key or a click."));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("&Currency:"), m_currency);
    form->addRow(Tr::tr("&Time zone:"), m_timeZone);
    form->addRow(Tr::tr("Booking &grace:"), m_grace);
    form->addRow(Tr::tr("&Lock after idle:"), m_lock);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &VenueSettingsDialog::check);
    connect(m_currency, &QComboBox::currentTextChanged, this, &VenueSettingsDialog::check);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &VenueSettingsDialog::check);
    check();
}

venue::Venue VenueSettingsDialog::settings() const
{
    venue::Venue settings = m_venue;
    settings.name = m_name->text().trimmed();
    settings.currency = currencyOf(m_currency);
    settings.timeZone = timeZoneOf(m_timeZone);
    settings.graceMinutes = m_grace->value();
    settings.lockMinutes = m_lock->value();
    return settings;
}

void VenueSettingsDialog::check()
{
    venue::NewVenue asSetUp;
    const venue::Venue chosen = settings();
    asSetUp.name = chosen.name;
    asSetUp.currency = chosen.currency;
    asSetUp.timeZone = chosen.timeZone;
    const QStringList problems = venue::newVenueProblems(asSetUp);
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace dojo::ui
