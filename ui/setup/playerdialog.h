#pragma once

#include <venue/floor.h>

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
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
    QCheckBox *m_member = nullptr;
    QDateEdit *m_memberUntil = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dojo::ui
