#include "review/refereedialog.h"

#include "review/refereenote.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dojo::ui {

RefereeDialog::RefereeDialog(const QString &action, bool reasonRequired, QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    m_note = new RefereeNote(reasonRequired, this);
    layout->addWidget(m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = m_buttons->button(QDialogButtonBox::Ok);
    m_accept->setText(action);
    m_accept->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &RefereeNote::changed, this, &RefereeDialog::updateAcceptable);
    updateAcceptable();
}

void RefereeDialog::addExplanation(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    m_body->addWidget(label);
}

QString RefereeDialog::referee() const
{
    return m_note->referee();
}

QString RefereeDialog::reason() const
{
    return m_note->reason();
}

void RefereeDialog::accept()
{
    if (m_note->isComplete())
        QDialog::accept();
}

void RefereeDialog::updateAcceptable()
{
    m_accept->setEnabled(m_note->isComplete());
}

} // namespace dojo::ui
