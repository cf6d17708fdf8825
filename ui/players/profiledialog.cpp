#include "players/profiledialog.h"

#include "common/uitr.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace dojo::ui {

ProfileDialog::ProfileDialog(const venue::Player &player, QWidget *parent)
    : QDialog(parent)
    , m_player(player)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(Tr::tr("Profile of %1").arg(player.name));
    m_name = new QLineEdit(player.name, this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_nickname = new QLineEdit(player.nickname, this);
    m_nickname->setObjectName(QStringLiteral("profileNicknameEdit"));
    m_contact = new QLineEdit(player.contact, this);
    m_contact->setObjectName(QStringLiteral("profileContactEdit"));
    m_contact->setPlaceholderText(Tr::tr("A phone number or an e-mail address"));
    m_member = new QCheckBox(Tr::tr("&Member until"), this);
    m_member->setObjectName(QStringLiteral("profileMemberEdit"));
    m_member->setChecked(player.memberUntil.isValid());
    m_memberUntil = new QDateEdit(this);
    m_memberUntil->setObjectName(QStringLiteral("profileMemberUntilEdit"));
    m_memberUntil->setCalendarPopup(true);
    m_memberUntil->setDate(player.memberUntil.isValid() ? player.memberUntil
                                                        : QDate::currentDate().addYears(1));
    m_memberUntil->setEnabled(m_member->isChecked());
    connect(m_member, &QCheckBox::toggled, m_memberUntil, &QWidget::setEnabled);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_member);
    memberRow->addWidget(m_memberUntil, 1);
    m_starter = new QSpinBox(this);
    m_starter->setObjectName(QStringLiteral("profileStarterEdit"));
    m_starter->setRange(100, 1000);
    m_starter->setSingleStep(10);
    m_starter->setValue(int(std::lround(player.starterRating)));
    m_starter->setToolTip(Tr::tr("Where the rating starts before any rack: it counts as 20 racks "
                                 "against an equal player, so it fades as racks are played."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, check);
    check();

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("Nic&kname:"), m_nickname);
    form->addRow(Tr::tr("&Contact:"), m_contact);
    form->addRow(memberRow);
    form->addRow(Tr::tr("&Starter rating:"), m_starter);
    form->addRow(m_buttons);
}

venue::Player ProfileDialog::player() const
{
    venue::Player player = m_player;
    player.name = m_name->text().trimmed();
    player.nickname = m_nickname->text().trimmed();
    player.contact = m_contact->text().trimmed();
    player.memberUntil = m_member->isChecked() ? m_memberUntil->date() : QDate();
    // An unchanged whole-number box keeps a stored rating that had a fraction.
    if (m_starter->value() != int(std::lround(m_player.starterRating)))
        player.starterRating = m_starter->value();
    return player;
}

} // namespace dojo::ui
