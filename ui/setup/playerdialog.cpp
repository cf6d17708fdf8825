#include "setup/playerdialog.h"

#include "common/uitr.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

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
    m_member = new QCheckBox(Tr::tr("&Member until"), this);
    m_member->setObjectName(QStringLiteral("playerMember"));
    m_member->setChecked(player.memberUntil.isValid());
    m_memberUntil = new QDateEdit(this);
    m_memberUntil->setObjectName(QStringLiteral("playerMemberUntil"));
    m_memberUntil->setCalendarPopup(true);
    m_memberUntil->setDate(player.memberUntil.isValid() ? player.memberUntil
                                                        : QDate::currentDate().addYears(1));
    m_memberUntil->setEnabled(m_member->isChecked());
    connect(m_member, &QCheckBox::toggled, m_memberUntil, &QWidget::setEnabled);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_member);
    memberRow->addWidget(m_memberUntil, 1);

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
    form->addRow(memberRow);
    form->addRow(m_buttons);
}

venue::Player PlayerDialog::player() const
{
    venue::Player player = m_player;
    player.name = m_name->text().trimmed();
    player.nickname = m_nickname->text().trimmed();
    player.memberUntil = m_member->isChecked() ? m_memberUntil->date() : QDate();
    return player;
}

} // namespace dojo::ui
