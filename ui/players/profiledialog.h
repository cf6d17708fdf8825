#pragma once

#include "common/playerfields.h"

#include <venue/floor.h>

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace dojo::ui {

// A player's whole profile edited from the players' window: name, nickname, contact,
// membership, and the starter rating (100 to 1000) the ratings start from before any rack.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(const venue::Player &player, QWidget *parent = nullptr);

    venue::Player player() const;

private:
    venue::Player m_player;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nickname = nullptr;
    QLineEdit *m_contact = nullptr;
    MembershipField m_membership;
    QSpinBox *m_starter = nullptr;
};

} // namespace dojo::ui
