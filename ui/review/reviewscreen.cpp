#include "review/reviewscreen.h"

#include "common/uitr.h"
#include "review/overruledialog.h"
#include "review/refereedialog.h"
#include "review/refereenote.h"
#include "review/replaylegend.h"
#include "review/replayview.h"
#include "review/shotpanel.h"
#include "review/shotrecorddialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

constexpr int kSideWidth = 440;
constexpr double kDefaultFrameInterval = 1.0 / 30;

// Seconds between two of the shot's frames, as the camera took them.
double frameInterval(const capture::ReplayShot *shot)
{
    if (!shot || shot->frames.size() < 2)
        return kDefaultFrameInterval;
    std::vector<double> steps;
    for (size_t i = 1; i < shot->frames.size(); ++i)
        steps.push_back(shot->frames[i].time - shot->frames[i - 1].time);
    std::nth_element(steps.begin(), steps.begin() + long(steps.size() / 2), steps.end());
    const double median = steps[steps.size() / 2];
    return median > 0 ? median : kDefaultFrameInterval;
}

QString speedName(double speed)
{
    if (speed >= 1.0)
        return Tr::tr("Full speed");
    if (speed >= 0.5)
        return Tr::tr("Half speed (1/2)");
    if (speed >= 0.25)
        return Tr::tr("Quarter speed (1/4)");
    return Tr::tr("Eighth speed (1/8)");
}

} // namespace

ReviewScreen::ReviewScreen(const QString &tableName, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tableName(tableName)
{
    setObjectName(QStringLiteral("reviewScreen"));
    m_view = new ReplayView(this);
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("playbackTimer"));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (frame() + 1 >= m_view->frameCount()) {
            pause();
            return;
        }
        setFrame(frame() + 1);
    });

    auto *pictureSide = new QVBoxLayout;
    pictureSide->setContentsMargins(0, 0, 0, 0);
    pictureSide->setSpacing(0);
    pictureSide->addWidget(m_view, 1);
    pictureSide->addWidget(createTransport());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(pictureSide, 1);
    layout->addWidget(createSide());

    createActions();
    showShot(nullptr);
    resize(1440, 820);
    m_view->setFocus();
}

ReviewScreen::~ReviewScreen() = default;

void ReviewScreen::createActions()
{
    auto add = [this](const QString &text, QKeySequence key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(Tr::tr("Play or Pause"), QKeySequence(Qt::Key_Space), &ReviewScreen::togglePlay);
    add(Tr::tr("Next Frame"), QKeySequence(Qt::Key_Right), &ReviewScreen::stepForward);
    add(Tr::tr("Previous Frame"), QKeySequence(Qt::Key_Left), &ReviewScreen::stepBack);
    add(Tr::tr("First Frame"), QKeySequence(Qt::Key_Home), &ReviewScreen::toFirstFrame);
    add(Tr::tr("Last Frame"), QKeySequence(Qt::Key_End), &ReviewScreen::toLastFrame);
    add(Tr::tr("Close"), QKeySequence(QKeySequence::Close), &QWidget::close);
}

QWidget *ReviewScreen::createTransport()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("transportBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto button = [bar](QStyle::StandardPixmap icon, const QString &tip, const QString &name) {
        auto *tool = new QToolButton(bar);
        tool->setObjectName(name);
        tool->setIcon(bar->style()->standardIcon(icon));
        tool->setIconSize(QSize(22, 22));
        tool->setToolTip(tip);
        tool->setAccessibleName(tip);
        tool->setFocusPolicy(Qt::NoFocus);
        return tool;
    };
    QToolButton *first = button(QStyle::SP_MediaSkipBackward, Tr::tr("First frame (Home)"),
                                QStringLiteral("firstFrameButton"));
    QToolButton *back = button(QStyle::SP_MediaSeekBackward, Tr::tr("One frame back (Left)"),
                               QStringLiteral("stepBackButton"));
    m_playButton = button(QStyle::SP_MediaPlay, Tr::tr("Play or pause (Space)"),
                          QStringLiteral("playButton"));
    QToolButton *forward = button(QStyle::SP_MediaSeekForward, Tr::tr("One frame forward (Right)"),
                                  QStringLiteral("stepForwardButton"));
    QToolButton *last = button(QStyle::SP_MediaSkipForward, Tr::tr("Last frame (End)"),
                               QStringLiteral("lastFrameButton"));
    connect(first, &QToolButton::clicked, this, &ReviewScreen::toFirstFrame);
    connect(back, &QToolButton::clicked, this, &ReviewScreen::stepBack);
    connect(m_playButton, &QToolButton::clicked, this, &ReviewScreen::togglePlay);
    connect(forward, &QToolButton::clicked, this, &ReviewScreen::stepForward);
    connect(last, &QToolButton::clicked, this, &ReviewScreen::toLastFrame);
    for (QToolButton *tool : {first, back, m_playButton, forward, last})
        layout->addWidget(tool);

    m_slider = new QSlider(Qt::Horizontal, bar);
    m_slider->setObjectName(QStringLiteral("frameSlider"));
    m_slider->setAccessibleName(Tr::tr("Frame"));
    m_slider->setFocusPolicy(Qt::NoFocus);
    connect(m_slider, &QSlider::valueChanged, this, &ReviewScreen::setFrame);
    layout->addSpacing(6);
    layout->addWidget(m_slider, 1);
    layout->addSpacing(6);

    m_frameLabel = new QLabel(bar);
    m_frameLabel->setObjectName(QStringLiteral("frameLabel"));
    m_timeLabel = new QLabel(bar);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    const QFontMetrics metrics(font());
    m_frameLabel->setMinimumWidth(metrics.horizontalAdvance(
        Tr::tr("Frame %1 of %2").arg(QStringLiteral("8888"), QStringLiteral("8888"))));
    m_timeLabel->setMinimumWidth(
        metrics.horizontalAdvance(Tr::tr("%1 s before the strike").arg(QStringLiteral("88.88"))));
    m_timeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_frameLabel);
    layout->addSpacing(8);
    layout->addWidget(m_timeLabel);
    layout->addSpacing(12);

    m_speedCombo = new QComboBox(bar);
    m_speedCombo->setObjectName(QStringLiteral("speedCombo"));
    m_speedCombo->setAccessibleName(Tr::tr("Playback speed"));
    m_speedCombo->setFocusPolicy(Qt::NoFocus);
    for (double speed : kSpeeds)
        m_speedCombo->addItem(speedName(speed), speed);
    connect(m_speedCombo, &QComboBox::activated, this,
            [this](int index) { setSpeed(m_speedCombo->itemData(index).toDouble()); });
    layout->addWidget(m_speedCombo);
    return bar;
}

QWidget *ReviewScreen::createSide()
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("reviewSidePanel"));
    side->setFixedWidth(kSideWidth);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(6);

    m_picker = new QComboBox(side);
    m_picker->setObjectName(QStringLiteral("shotPicker"));
    m_picker->setAccessibleName(Tr::tr("Held shots"));
    m_picker->setFocusPolicy(Qt::NoFocus);
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const int number = m_picker->itemData(index).toInt();
        for (const auto &held : m_shots)
            if (held->number == number) {
                showShot(held);
                Q_EMIT shotShown(number);
                return;
            }
    });
    layout->addWidget(m_picker);

    m_panel = new ShotPanel(side);
    layout->addWidget(m_panel, 1);

    auto *legendHeading = new QLabel(Tr::tr("Drawn over the replay"), side);
    QFont bold = legendHeading->font();
    bold.setBold(true);
    legendHeading->setFont(bold);
    layout->addWidget(legendHeading);
    layout->addWidget(new ReplayLegend(side));
    layout->addSpacing(8);

    m_problem = new QLabel(side);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral(
        "QLabel { background: #c62828; color: white; border-radius: 6px; padding: 6px 10px; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *actions = new QHBoxLayout;
    m_confirm = new QPushButton(Tr::tr("&Confirm"), side);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setToolTip(Tr::tr("The shot is right as the camera saw it: rule it."));
    m_edit = new QPushButton(Tr::tr("&Edit Shot…"), side);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(Tr::tr("Correct the shot's record; the shot is ruled again on it."));
    m_overrule = new QPushButton(Tr::tr("&Overrule…"), side);
    m_overrule->setObjectName(QStringLiteral("overruleButton"));
    m_overrule->setToolTip(Tr::tr("Set the rack and the score as they should stand."));
    for (QPushButton *action : {m_confirm, m_edit, m_overrule}) {
        action->setMinimumHeight(34);
        action->setAutoDefault(false);
        actions->addWidget(action);
    }
    connect(m_confirm, &QPushButton::clicked, this, &ReviewScreen::confirmShot);
    connect(m_edit, &QPushButton::clicked, this, &ReviewScreen::editShot);
    connect(m_overrule, &QPushButton::clicked, this, &ReviewScreen::overrule);
    layout->addLayout(actions);
    return side;
}

void ReviewScreen::showShot(std::shared_ptr<const capture::ReplayShot> shot)
{
    pause();
    m_shot = std::move(shot);
    m_view->setShot(m_shot);
    m_panel->showShot(m_shot.get());
    {
        const QSignalBlocker quiet(m_slider);
        m_slider->setRange(0, std::max(0, m_view->frameCount() - 1));
        m_slider->setValue(0);
    }
    m_timer->setInterval(playbackInterval());
    setProblem({});
    showKnownOutcome();
    updatePicker();
    updateTitle();
    updateActions();
    showFrameText();
}

void ReviewScreen::setShots(std::vector<std::shared_ptr<const capture::ReplayShot>> shots)
{
    m_shots = std::move(shots);
    std::erase(m_shots, nullptr);
    const bool stillHeld = m_shot && std::any_of(m_shots.begin(), m_shots.end(), [this](auto &s) {
                               return s->number == m_shot->number;
                           });
    if (!stillHeld && !m_shots.empty())
        showShot(m_shots.back());
    else
        updatePicker();
}

void ReviewScreen::setMatch(const rules::RackState &rack, std::array<int, 2> score,
                            std::array<QString, 2> players)
{
    m_match = rules::Correction{rack, score};
    m_players = std::move(players);
    updateActions();
}

void ReviewScreen::clearMatch()
{
    m_match.reset();
    updateActions();
}

bool ReviewScreen::isPlaying() const
{
    return m_timer->isActive();
}

int ReviewScreen::frame() const
{
    return m_view->frame();
}

int ReviewScreen::playbackInterval() const
{
    return std::max(1, int(std::lround(1000.0 * frameInterval(m_shot.get()) / m_speed)));
}

void ReviewScreen::showOutcome(const venue::RefereedShot &outcome)
{
    m_outcomes[outcome.tracked.number] = outcome;
    if (m_shot && m_shot->number == outcome.tracked.number) {
        showKnownOutcome();
        setProblem({});
    }
    updatePicker();
}

void ReviewScreen::showKnownOutcome()
{
    const auto known = m_shot ? m_outcomes.find(m_shot->number) : m_outcomes.end();
    m_panel->showOutcome(known == m_outcomes.end() ? nullptr : &known->second);
}

void ReviewScreen::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ReviewScreen::setFrame(int index)
{
    m_view->setFrame(index);
    if (m_slider->value() != m_view->frame()) {
        const QSignalBlocker quiet(m_slider);
        m_slider->setValue(m_view->frame());
    }
    showFrameText();
}

void ReviewScreen::stepForward()
{
    pause();
    setFrame(frame() + 1);
}

void ReviewScreen::stepBack()
{
    pause();
    setFrame(frame() - 1);
}

void ReviewScreen::toFirstFrame()
{
    pause();
    setFrame(0);
}

void ReviewScreen::toLastFrame()
{
    pause();
    setFrame(m_view->frameCount() - 1);
}

void ReviewScreen::play()
{
    if (m_view->frameCount() < 2)
        return;
    if (frame() + 1 >= m_view->frameCount())
        setFrame(0); // from the start again
    m_timer->start(playbackInterval());
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void ReviewScreen::pause()
{
    m_timer->stop();
    if (m_playButton)
        m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void ReviewScreen::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void ReviewScreen::setSpeed(double speed)
{
    m_speed = std::clamp(speed, kSpeeds.back(), kSpeeds.front());
    const int index = m_speedCombo->findData(m_speed);
    if (index >= 0)
        m_speedCombo->setCurrentIndex(index);
    m_timer->setInterval(playbackInterval());
}

void ReviewScreen::showFrameText()
{
    const QLocale locale;
    const int count = m_view->frameCount();
    if (!m_shot || count == 0) {
        m_frameLabel->setText(Tr::tr("No frames"));
        m_timeLabel->clear();
        return;
    }
    const capture::ReplayFrame &shown = m_shot->frames[size_t(frame())];
    m_frameLabel->setText(
        Tr::tr("Frame %1 of %2").arg(locale.toString(frame() + 1), locale.toString(count)));
    m_frameLabel->setToolTip(Tr::tr("The camera's frame %1.").arg(locale.toString(shown.frame)));
    const double since = shown.time - m_shot->start;
    m_timeLabel->setText(since < 0
                             ? Tr::tr("%1 s before the strike").arg(locale.toString(-since, 'f', 2))
                             : Tr::tr("%1 s after the strike").arg(locale.toString(since, 'f', 2)));
}

void ReviewScreen::updateTitle()
{
    setWindowTitle(m_shot ? Tr::tr("%1 — review of shot %2").arg(m_tableName).arg(m_shot->number)
                          : Tr::tr("%1 — review").arg(m_tableName));
}

void ReviewScreen::updateActions()
{
    m_confirm->setEnabled(m_shot != nullptr);
    m_edit->setEnabled(m_shot != nullptr);
    m_overrule->setEnabled(m_match.has_value());
    m_overrule->setToolTip(m_match
                               ? Tr::tr("Set the rack and the score as they should stand.")
                               : Tr::tr("No match at this table: there is no ruling to overrule."));
}

void ReviewScreen::updatePicker()
{
    const QSignalBlocker quiet(m_picker);
    m_picker->clear();
    for (const auto &held : m_shots) {
        const auto known = m_outcomes.find(held->number);
        const bool waiting = known != m_outcomes.end()
                                 ? known->second.state == venue::RefereedShot::State::Waiting
                                 : held->needsReview;
        m_picker->addItem(waiting ? Tr::tr("Shot %1: waiting for a referee").arg(held->number)
                                  : Tr::tr("Shot %1").arg(held->number),
                          held->number);
    }
    if (m_shot)
        m_picker->setCurrentIndex(m_picker->findData(m_shot->number));
    m_picker->setVisible(!m_shots.empty());
}

void ReviewScreen::remember(const QString &referee)
{
    if (!referee.isEmpty())
        m_referee = referee;
}

void ReviewScreen::confirmShot()
{
    if (!m_shot)
        return;
    const int number = m_shot->number;
    auto *dialog = new RefereeDialog(Tr::tr("Confirm"), false, this);
    dialog->setObjectName(QStringLiteral("confirmDialog"));
    dialog->setWindowTitle(Tr::tr("Confirm shot %1").arg(number));
    dialog->addExplanation(
        Tr::tr("Shot %1 is ruled as the record beside the replay reads.").arg(number));
    dialog->note()->setReferee(m_referee);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, number] {
        remember(dialog->referee());
        Q_EMIT confirmRequested(number, dialog->referee(), dialog->reason());
    });
    dialog->open();
    dialog->note()->reasonEdit()->setFocus();
    if (m_referee.isEmpty())
        dialog->note()->refereeEdit()->setFocus();
}

void ReviewScreen::editShot()
{
    if (!m_shot)
        return;
    const int number = m_shot->number;
    const auto known = m_outcomes.find(number);
    const bool ruled
        = known != m_outcomes.end() && known->second.state == venue::RefereedShot::State::Ruled;
    auto *dialog
        = new ShotRecordDialog(number, ruled ? known->second.ruledShot : m_shot->shot, this);
    dialog->note()->setReferee(m_referee);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, number] {
        remember(dialog->referee());
        Q_EMIT correctRequested(number, dialog->shot(), dialog->referee(), dialog->reason());
    });
    dialog->open();
}

void ReviewScreen::overrule()
{
    if (!m_match)
        return;
    auto *dialog = new OverruleDialog(*m_match, m_players, this);
    dialog->note()->setReferee(m_referee);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        remember(dialog->referee());
        Q_EMIT overruleRequested(dialog->correction(), dialog->referee(), dialog->reason());
    });
    dialog->open();
}

} // namespace dojo::ui
