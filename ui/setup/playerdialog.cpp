#include "setup/playerdialog.h"

#include "common/uitr.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace dojo::ui {

PlayerDialog::PlayerDialog(const venue::Player &player, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_player(player)
{
    setObjectName(QStringLiteral("playerDialog"));
    setWindowTitle(adding ? Tr::tr("Add Player") : Tr::tr("Edit %1").arg(player.name));
    m_name = new QLineEdit(player.name, this);
    m_name->setObjectName(QStringLiteral("playerName"));
    m_nickname = new QLineEdit(player.nickname, this);
    m_nickname->setObjectName(QStringLiteral("playerNickname"));
    m_membership = addMembershipField(this, player.memberUntil);
    m_membership.member->setObjectName(QStringLiteral("playerMember"));
    m_membership.until->setObjectName(QStringLiteral("playerMemberUntil"));

    auto *buttons = addPlayerButtons(this, m_name);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("Nic&kname:"), m_nickname);
    form->addRow(m_membership.row);
    form->addRow(buttons);
}

venue::Player PlayerDialog::player() const
{
    venue::Player player = m_player;
    player.name = m_name->text().trimmed();
    player.nickname = m_nickname->text().trimmed();
    player.memberUntil = m_membership.memberUntil();
    return player;
}

} // namespace dojo::ui
