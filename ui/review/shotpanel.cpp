#include "review/shotpanel.h"

#include "common/uitr.h"
#include "review/shottext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    heading->setContentsMargins(0, 12, 0, 2);
    return heading;
}

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QString badgeStyle(const QString &background)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; "
                          "padding: 4px 10px; font-weight: bold; }")
        .arg(background);
}

} // namespace

ShotPanel::ShotPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shotPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("shotHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_state = textLabel(QStringLiteral("stateLabel"), this);
    layout->addWidget(m_state);

    m_review = new QWidget(this);
    m_review->setObjectName(QStringLiteral("reviewBox"));
    auto *review = new QVBoxLayout(m_review);
    review->setContentsMargins(10, 8, 10, 8);
    review->setSpacing(2);
    m_review->setAttribute(Qt::WA_StyledBackground);
    m_review->setStyleSheet(QStringLiteral("QWidget#reviewBox { background: #fff3e0; "
                                           "border: 2px solid #ef6c00; border-radius: 6px; } "
                                           "QLabel { color: #4e2600; }"));
    auto *reviewCaption
        = new QLabel(Tr::tr("The camera asks a referee to look at this shot."), m_review);
    reviewCaption->setWordWrap(true);
    QFont bold = reviewCaption->font();
    bold.setBold(true);
    reviewCaption->setFont(bold);
    review->addWidget(reviewCaption);
    m_reason = textLabel(QStringLiteral("reviewReasonLabel"), m_review);
    review->addWidget(m_reason);
    layout->addSpacing(6);
    layout->addWidget(m_review);

    m_recordCaption = sectionHeading(Tr::tr("What the camera saw"), this);
    layout->addWidget(m_recordCaption);
    m_record = textLabel(QStringLiteral("shotRecordLabel"), this);
    layout->addWidget(m_record);

    layout->addWidget(sectionHeading(Tr::tr("Physics check of the paths"), this));
    m_verdict = textLabel(QStringLiteral("pathVerdictLabel"), this);
    layout->addWidget(m_verdict);

    layout->addWidget(sectionHeading(Tr::tr("Ruling"), this));
    m_ruling = textLabel(QStringLiteral("rulingLabel"), this);
    layout->addWidget(m_ruling);
    m_reviewedBy = textLabel(QStringLiteral("reviewedByLabel"), this);
    m_reviewedBy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_reviewedBy);
    layout->addStretch(1);

    showShot(nullptr);
}

void ShotPanel::showShot(const capture::ReplayShot *shot)
{
    m_shot = shot;
    m_outcome.reset();
    m_heading->setText(shot ? Tr::tr("Shot %1").arg(shot->number) : Tr::tr("No shot"));
    m_review->setVisible(shot && shot->needsReview);
    m_reason->setText(shot && !shot->reason.isEmpty() ? shot->reason
                                                      : Tr::tr("The tracker gave no reason."));
    m_verdict->setText(shot && !shot->pathVerdict.isEmpty()
                           ? shot->pathVerdict
                           : Tr::tr("The paths were not checked."));
    showRecord();
    showOutcome(nullptr);
}

void ShotPanel::showOutcome(const venue::RefereedShot *outcome)
{
    if (outcome)
        m_outcome = *outcome;
    else
        m_outcome.reset();
    showRecord();
    if (!m_outcome) {
        const bool needsReview = m_shot && m_shot->needsReview;
        m_state->setText(needsReview ? Tr::tr("Waiting for a referee.")
                                     : Tr::tr("The referee has not answered yet."));
        m_state->setStyleSheet(
            badgeStyle(needsReview ? QStringLiteral("#ef6c00") : QStringLiteral("#757575")));
        m_ruling->setText(Tr::tr("No ruling yet."));
        m_reviewedBy->clear();
        m_reviewedBy->hide();
        return;
    }
    using State = venue::RefereedShot::State;
    m_state->setText(ShotText::state(*m_outcome));
    switch (m_outcome->state) {
    case State::Waiting: m_state->setStyleSheet(badgeStyle(QStringLiteral("#ef6c00"))); break;
    case State::Ruled: m_state->setStyleSheet(badgeStyle(QStringLiteral("#2e7d32"))); break;
    case State::Unruled: m_state->setStyleSheet(badgeStyle(QStringLiteral("#757575"))); break;
    }
    m_ruling->setText(m_outcome->sentence.isEmpty() ? Tr::tr("No ruling yet.")
                                                    : m_outcome->sentence);
    m_reviewedBy->setText(ShotText::reviewedBy(m_outcome->reviewedBy));
    m_reviewedBy->setVisible(!m_reviewedBy->text().isEmpty());
}

void ShotPanel::showRecord()
{
    if (!m_shot) {
        m_record->clear();
        return;
    }
    // Once a referee edited the record, the shot was ruled on theirs: show that one.
    const bool edited = m_outcome && m_outcome->state == venue::RefereedShot::State::Ruled
                        && m_outcome->ruledShot != m_shot->shot;
    m_recordCaption->setText(edited ? Tr::tr("The record as the referee corrected it")
                                    : Tr::tr("What the camera saw"));
    const QStringList lines = ShotText::sentences(edited ? m_outcome->ruledShot : m_shot->shot);
    m_record->setText(QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
}

} // namespace dojo::ui
