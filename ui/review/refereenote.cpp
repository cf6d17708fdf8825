#include "review/refereenote.h"

#include "common/uitr.h"

#include <QFormLayout>
#include <QLineEdit>

namespace dojo::ui {

RefereeNote::RefereeNote(bool reasonRequired, QWidget *parent)
    : QWidget(parent)
    , m_reasonRequired(reasonRequired)
{
    setObjectName(QStringLiteral("refereeNote"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_referee = new QLineEdit(this);
    m_referee->setObjectName(QStringLiteral("refereeEdit"));
    m_referee->setPlaceholderText(Tr::tr("Your name, as the audit records it"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(reasonRequired ? Tr::tr("Why, in a sentence (required)")
                                                : Tr::tr("Why, in a sentence (optional)"));
    form->addRow(Tr::tr("&Referee:"), m_referee);
    form->addRow(Tr::tr("Rea&son:"), m_reason);
    connect(m_referee, &QLineEdit::textChanged, this, &RefereeNote::changed);
    connect(m_reason, &QLineEdit::textChanged, this, &RefereeNote::changed);
}

void RefereeNote::setReferee(const QString &name)
{
    m_referee->setText(name);
}

QString RefereeNote::referee() const
{
    return m_referee->text().simplified();
}

QString RefereeNote::reason() const
{
    return m_reason->text().simplified();
}

bool RefereeNote::isComplete() const
{
    return !referee().isEmpty() && (!m_reasonRequired || !reason().isEmpty());
}

} // namespace dojo::ui
