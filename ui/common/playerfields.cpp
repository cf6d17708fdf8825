#include "common/playerfields.h"

#include "common/uitr.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace dojo::ui {

QDate MembershipField::memberUntil() const
{
    return member->isChecked() ? until->date() : QDate();
}

MembershipField addMembershipField(QWidget *parent, const QDate &memberUntil)
{
    MembershipField field;
    field.member = new QCheckBox(Tr::tr("&Member until"), parent);
    field.member->setChecked(memberUntil.isValid());
    field.until = new QDateEdit(parent);
    field.until->setCalendarPopup(true);
    field.until->setDate(memberUntil.isValid() ? memberUntil : QDate::currentDate().addYears(1));
    field.until->setEnabled(field.member->isChecked());
    QObject::connect(field.member, &QCheckBox::toggled, field.until, &QWidget::setEnabled);
    field.row = new QHBoxLayout;
    field.row->addWidget(field.member);
    field.row->addWidget(field.until, 1);
    return field;
}

QDialogButtonBox *addPlayerButtons(QDialog *dialog, QLineEdit *name)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const auto check = [buttons, name] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
    };
    QObject::connect(name, &QLineEdit::textChanged, buttons, check);
    check();
    return buttons;
}

} // namespace dojo::ui
