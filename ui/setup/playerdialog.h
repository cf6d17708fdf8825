#pragma once

#include "common/playerfields.h"

#include <venue/floor.h>

#include <QDialog>

class QLineEdit;

namespace dojo::ui {

// A player added or changed at the desk: name, nickname, and a membership until a day.
class PlayerDialog : public QDialog
{
    Q_OBJECT

public:
    PlayerDialog(const venue::Player &player, bool adding, QWidget *parent = nullptr);

    venue::Player player() const;

private:
    venue::Player m_player;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nickname = nullptr;
    MembershipField m_membership;
};

} // namespace dojo::ui
