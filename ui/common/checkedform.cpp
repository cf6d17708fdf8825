#include "common/checkedform.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dojo::ui {

void CheckedForm::show(const std::optional<QString> &why) const
{
    problem->setText(why.value_or(QString()));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!why);
}

CheckedForm layOutCheckedForm(QDialog *dialog, QFormLayout *form, const QString &problemName,
                              const QString &okText, std::initializer_list<QWidget *> notes)
{
    CheckedForm checked;
    checked.problem = new QLabel(dialog);
    checked.problem->setObjectName(problemName);
    checked.problem->setWordWrap(true);
    checked.problem->setStyleSheet(QStringLiteral("color: #b71c1c"));

    checked.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = checked.buttons->button(QDialogButtonBox::Ok);
    if (!okText.isEmpty())
        ok->setText(okText);
    ok->setDefault(true);
    QObject::connect(checked.buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(checked.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(checked.problem);
    for (QWidget *note : notes)
        layout->addWidget(note);
    layout->addWidget(checked.buttons);
    return checked;
}

} // namespace dojo::ui
