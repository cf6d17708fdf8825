#include "tablescreen/healthpanel.h"

#include "common/uitr.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace dojo::ui {
namespace {

QString stateText(capture::SourceState state)
{
    switch (state) {
    case capture::SourceState::Stopped: return Tr::tr("Switched off");
    case capture::SourceState::Starting: return Tr::tr("Connecting…");
    case capture::SourceState::Running: return Tr::tr("Live");
    case capture::SourceState::Failed: return Tr::tr("Not working");
    case capture::SourceState::Finished: return Tr::tr("Video ended");
    }
    return {};
}

QColor stateColour(capture::SourceState state)
{
    switch (state) {
    case capture::SourceState::Running: return QColor(0x2e, 0x7d, 0x32);
    case capture::SourceState::Failed: return QColor(0xc6, 0x28, 0x28);
    case capture::SourceState::Starting: return QColor(0xc7, 0x7c, 0x02);
    case capture::SourceState::Stopped:
    case capture::SourceState::Finished: break;
    }
    return QColor(0x61, 0x61, 0x61);
}

} // namespace

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthPanel"));
    setAccessibleName(Tr::tr("Camera health"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(3);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_source = addRow(Tr::tr("Camera:"), QStringLiteral("sourceLabel"));
    m_source->setText(Tr::tr("None"));
    m_state = addRow(Tr::tr("State:"), QStringLiteral("stateLabel"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    form->addRow(m_problem);
    m_framesIn = addRow(Tr::tr("Frames in:"), QStringLiteral("framesInLabel"));
    m_framesProcessed = addRow(Tr::tr("Processed:"), QStringLiteral("framesProcessedLabel"));
    m_dropped = addRow(Tr::tr("Dropped:"), QStringLiteral("droppedLabel"));
    m_timePerFrame = addRow(Tr::tr("Time per frame:"), QStringLiteral("timePerFrameLabel"));
    m_retries = addRow(Tr::tr("Retries:"), QStringLiteral("retriesLabel"));
    setHealth({});
}

QLabel *HealthPanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout *>(layout())->addRow(label, value);
    return value;
}

void HealthPanel::setSourceText(const QString &source)
{
    m_source->setText(source.isEmpty() ? Tr::tr("None") : source);
}

void HealthPanel::setCamera(capture::TableCamera *camera)
{
    if (m_camera == camera)
        return;
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    if (camera)
        connect(camera, &capture::TableCamera::healthChanged, this, &HealthPanel::showCameraHealth);
    setHealth(camera ? camera->health() : capture::SourceHealth{});
}

void HealthPanel::showCameraHealth()
{
    if (m_camera)
        setHealth(m_camera->health());
}

void HealthPanel::setHealth(const capture::SourceHealth &health)
{
    const QLocale locale;
    m_state->setText(stateText(health.state));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                               .arg(stateColour(health.state).name()));
    m_problem->setText(health.problem);
    m_problem->setVisible(!health.problem.isEmpty());
    m_framesIn->setText(
        Tr::tr("%1 per second").arg(locale.toString(health.framesInPerSecond, 'f', 1)));
    m_framesProcessed->setText(
        Tr::tr("%1 per second").arg(locale.toString(health.framesProcessedPerSecond, 'f', 1)));
    m_dropped->setText(locale.toString(health.framesDropped));
    m_timePerFrame->setText(
        Tr::tr("%1 ms").arg(locale.toString(health.millisecondsPerFrame, 'f', 1)));
    m_retries->setText(locale.toString(health.retries));
}

} // namespace dojo::ui
