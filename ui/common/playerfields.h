#pragma once

#include <QDate>

class QCheckBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace dojo::ui {

// A player's membership until a day: "Member until" checked and the day, which is off while it
// is unchecked (a year from today for a player who was no member).
struct MembershipField
{
    QCheckBox *member = nullptr;
    QDateEdit *until = nullptr;
    QHBoxLayout *row = nullptr; // both, for a form row of their own

    // The membership's last day; null: no member.
    QDate memberUntil() const;
};

MembershipField addMembershipField(QWidget *parent, const QDate &memberUntil);

// OK and Cancel for a player's dialog, which accept and reject it; OK is off while `name` is
// empty, for a player needs a name.
QDialogButtonBox *addPlayerButtons(QDialog *dialog, QLineEdit *name);

} // namespace dojo::ui
