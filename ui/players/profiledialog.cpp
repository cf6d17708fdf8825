#include "players/profiledialog.h"

#include "common/uitr.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
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
    m_membership = addMembershipField(this, player.memberUntil);
    m_membership.member->setObjectName(QStringLiteral("profileMemberEdit"));
    m_membership.until->setObjectName(QStringLiteral("profileMemberUntilEdit"));
    m_starter = new QSpinBox(this);
    m_starter->setObjectName(QStringLiteral("profileStarterEdit"));
    m_starter->setRange(100, 1000);
    m_starter->setSingleStep(10);
    m_starter->setValue(int(std::lround(player.starterRating)));
    m_starter->setToolTip(Tr::tr("Where the rating starts before any rack: it counts as 20 racks "
                                 "against an equal player, so it fades as racks are played."));

    auto *buttons = addPlayerButtons(this, m_name);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("Nic&kname:"), m_nickname);
    form->addRow(Tr::tr("&Contact:"), m_contact);
    form->addRow(m_membership.row);
    form->addRow(Tr::tr("&Starter rating:"), m_starter);
    form->addRow(buttons);
}

venue::Player ProfileDialog::player() const
{
    venue::Player player = m_player;
    player.name = m_name->text().trimmed();
    player.nickname = m_nickname->text().trimmed();
    player.contact = m_contact->text().trimmed();
    player.memberUntil = m_membership.memberUntil();
    // An unchanged whole-number box keeps a stored rating that had a fraction.
    if (m_starter->value() != int(std::lround(m_player.starterRating)))
        player.starterRating = m_starter->value();
    return player;
}

} // namespace dojo::ui
