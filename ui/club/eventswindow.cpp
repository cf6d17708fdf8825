#include "club/eventswindow.h"

#include "club/clubcommand.h"
#include "club/clubtext.h"
#include "club/eventdialog.h"
#include "club/playerpicker.h"
#include "common/uitr.h"

#include <venue/venuemodel.h>

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace dojo::ui {
namespace {

using venue::SignUp;
using venue::SignUpState;
using venue::VenueEvent;

enum EventColumn { EventName, EventKind, EventWhen, EventSignUps, EventStatus };
enum SignUpColumn { SignUpPlace, SignUpPlayer, SignUpStateColumn, SignUpAt };

QString statusOf(const VenueEvent &event, const QDateTime &now)
{
    if (event.cancelled)
        return Tr::tr("Cancelled");
    if (event.to <= now)
        return Tr::tr("Over");
    if (event.cap > 0 && event.signedIn >= event.cap)
        return Tr::tr("Full");
    return Tr::tr("Open");
}

} // namespace

EventsWindow::EventsWindow(venue::VenueEvents &events, venue::VenueModel &model,
                           QUndoStack &undoStack, ActorOf actor, QWidget *parent)
    : QWidget(parent)
    , m_venueEvents(events)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("eventsWindow"));
    setWindowTitle(Tr::tr("Events"));

    m_eventList = new QTreeWidget(this);
    m_eventList->setObjectName(QStringLiteral("eventList"));
    m_eventList->setRootIsDecorated(false);
    m_eventList->setAllColumnsShowFocus(true);
    m_eventList->setHeaderLabels(
        {Tr::tr("Event"), Tr::tr("Kind"), Tr::tr("When"), Tr::tr("Players"), Tr::tr("Status")});
    m_eventList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventList->header()->setSectionResizeMode(EventName, QHeaderView::Stretch);
    m_new = new QPushButton(Tr::tr("&New Event…"), this);
    m_new->setObjectName(QStringLiteral("newEvent"));
    m_new->setToolTip(Tr::tr("A league night, open play or a tournament players sign up for "
                             "(Ctrl+N)"));
    m_cancel = new QPushButton(Tr::tr("&Cancel Event…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelEvent"));
    connect(m_new, &QPushButton::clicked, this, &EventsWindow::createEvent);
    connect(m_cancel, &QPushButton::clicked, this, &EventsWindow::cancelSelected);

    m_eventTitle = new QLabel(this);
    m_eventTitle->setObjectName(QStringLiteral("eventTitle"));
    QFont bold = m_eventTitle->font();
    bold.setBold(true);
    m_eventTitle->setFont(bold);
    m_signUpList = new QTreeWidget(this);
    m_signUpList->setObjectName(QStringLiteral("signUpList"));
    m_signUpList->setRootIsDecorated(false);
    m_signUpList->setAllColumnsShowFocus(true);
    m_signUpList->setHeaderLabels(
        {Tr::tr("Place"), Tr::tr("Player"), Tr::tr("Sign-up"), Tr::tr("Signed up at")});
    m_signUpList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signUpList->header()->setSectionResizeMode(SignUpPlayer, QHeaderView::Stretch);
    m_picker = new PlayerPicker([this] { return m_model.players(); }, this);
    m_picker->setObjectName(QStringLiteral("signUpPicker"));
    m_signUp = new QPushButton(Tr::tr("Sign &Up"), this);
    m_signUp->setObjectName(QStringLiteral("signUp"));
    m_signOff = new QPushButton(Tr::tr("Sign &Off"), this);
    m_signOff->setObjectName(QStringLiteral("signOff"));
    m_signOff->setToolTip(Tr::tr("Cancel the selected player's sign-up (Delete); the first "
                                 "waiting moves in"));
    connect(m_signUp, &QPushButton::clicked, this, &EventsWindow::signUpPicked);
    connect(m_signOff, &QPushButton::clicked, this, &EventsWindow::signOffSelected);
    connect(m_picker, &PlayerPicker::activated, this, &EventsWindow::signUpPicked);
    connect(m_picker, &PlayerPicker::playerChanged, this, &EventsWindow::updateActions);

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &EventsWindow::createEvent);
    addAction(newAction);
    auto *signOffAction = new QAction(m_signUpList);
    signOffAction->setShortcut(QKeySequence::Delete);
    signOffAction->setShortcutContext(Qt::WidgetShortcut);
    connect(signOffAction, &QAction::triggered, this, &EventsWindow::signOffSelected);
    m_signUpList->addAction(signOffAction);

    auto *left = new QWidget(this);
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_new);
    eventButtons->addWidget(m_cancel);
    eventButtons->addStretch(1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(eventButtons);
    leftLayout->addWidget(m_eventList, 1);

    auto *right = new QWidget(this);
    auto *signUpRow = new QHBoxLayout;
    signUpRow->addWidget(m_picker, 1);
    auto *signUpButtons = new QVBoxLayout;
    signUpButtons->addWidget(m_signUp);
    signUpButtons->addWidget(m_signOff);
    signUpButtons->addStretch(1);
    signUpRow->addLayout(signUpButtons);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_eventTitle);
    rightLayout->addWidget(m_signUpList, 1);
    auto *pickerLabel = new QLabel(Tr::tr("Sign up a &player:"), right);
    pickerLabel->setBuddy(m_picker->line());
    rightLayout->addWidget(pickerLabel);
    rightLayout->addLayout(signUpRow);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_status = new QStatusBar(this);
    m_status->setObjectName(QStringLiteral("eventStatus"));
    m_status->setSizeGripEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_eventList, &QTreeWidget::currentItemChanged, this, [this] {
        showSignUps();
        updateActions();
    });
    connect(m_signUpList, &QTreeWidget::currentItemChanged, this, &EventsWindow::updateActions);
    connect(&m_venueEvents, &venue::VenueEvents::eventsChanged, this, &EventsWindow::showEvents);
    connect(&m_venueEvents, &venue::VenueEvents::signUpsChanged, this, [this](qint64 eventId) {
        if (const std::optional<VenueEvent> shown = selected(); shown && shown->id == eventId)
            showSignUps();
    });
    connect(&m_venueEvents, &venue::VenueEvents::reloadFailed, this, &EventsWindow::say);
    connect(&m_model, &venue::VenueModel::venueShown, m_picker, &PlayerPicker::refresh);
    resize(1080, 600);
    showEvents();
    m_eventList->setFocus();
}

std::optional<VenueEvent> EventsWindow::selected() const
{
    const QTreeWidgetItem *item = m_eventList->currentItem();
    return item ? m_venueEvents.event(item->data(EventName, Qt::UserRole).toLongLong())
                : std::nullopt;
}

void EventsWindow::selectEvent(qint64 eventId)
{
    for (int row = 0; row < m_eventList->topLevelItemCount(); ++row) {
        if (m_eventList->topLevelItem(row)->data(EventName, Qt::UserRole).toLongLong() == eventId)
            m_eventList->setCurrentItem(m_eventList->topLevelItem(row));
    }
}

QString EventsWindow::statusText() const
{
    return m_status->currentMessage();
}

void EventsWindow::showEvents()
{
    const std::optional<VenueEvent> was = selected();
    const QTimeZone zone = clubZone(m_model);
    const QDateTime now = m_venueEvents.now();
    if (const std::optional<venue::Venue> venue = m_model.currentVenue())
        setWindowTitle(Tr::tr("Events — %1").arg(venue->name));
    {
        const QSignalBlocker quiet(m_eventList); // one showSignUps below, not one a row
        m_eventList->clear();
        for (const VenueEvent &event : m_venueEvents.events()) {
            auto *item = new QTreeWidgetItem(
                m_eventList, {event.name, venue::eventKindName(event.kind), eventTimes(event, zone),
                              signUpCounts(event), statusOf(event, now)});
            item->setData(EventName, Qt::UserRole, event.id);
            if (event.cancelled || event.to <= now) {
                for (int column = 0; column < m_eventList->columnCount(); ++column)
                    item->setForeground(column, palette().brush(QPalette::PlaceholderText));
            }
        }
        if (was)
            selectEvent(was->id);
        if (!m_eventList->currentItem() && m_eventList->topLevelItemCount() > 0)
            m_eventList->setCurrentItem(m_eventList->topLevelItem(0));
    }
    showSignUps();
    updateActions();
}

void EventsWindow::showSignUps()
{
    const qint64 wasPlayer
        = m_signUpList->currentItem()
              ? m_signUpList->currentItem()->data(SignUpPlayer, Qt::UserRole).toLongLong()
              : 0;
    m_signUpList->clear();
    const std::optional<VenueEvent> event = selected();
    if (!event) {
        m_eventTitle->setText(Tr::tr("No event selected."));
        return;
    }
    m_eventTitle->setText(Tr::tr("%1: %2").arg(event->name, signUpCounts(*event)));
    const Result<std::vector<SignUp>> signUps = m_venueEvents.signUps(event->id);
    if (!signUps) {
        say(signUps.error());
        return;
    }
    const QTimeZone zone = clubZone(m_model);
    const QLocale locale;
    for (const SignUp &signUp : *signUps) {
        auto *item = new QTreeWidgetItem(
            m_signUpList,
            {QString::number(signUp.place), signUp.name,
             signUp.state == SignUpState::In ? Tr::tr("In") : Tr::tr("Waiting"),
             locale.toString(signUp.signedAt.toTimeZone(zone), QLocale::ShortFormat)});
        item->setData(SignUpPlayer, Qt::UserRole, signUp.playerId);
        if (signUp.state == SignUpState::Waiting) {
            for (int column = 0; column < m_signUpList->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        }
        if (signUp.playerId == wasPlayer)
            m_signUpList->setCurrentItem(item);
    }
    updateActions();
}

void EventsWindow::updateActions()
{
    const std::optional<VenueEvent> event = selected();
    const bool open = event && !event->cancelled && event->to > m_venueEvents.now();
    m_new->setEnabled(m_venueEvents.venueId().has_value());
    m_cancel->setEnabled(event && !event->cancelled);
    m_signUp->setEnabled(open && m_picker->playerId() != 0);
    m_signOff->setEnabled(event && m_signUpList->currentItem() != nullptr);
}

void EventsWindow::say(const QString &sentence)
{
    m_status->showMessage(sentence);
}

QString EventsWindow::playerName(qint64 playerId) const
{
    for (const venue::Player &player : m_model.players()) {
        if (player.id == playerId)
            return player.name;
    }
    return QString::number(playerId);
}

void EventsWindow::createEvent()
{
    if (!m_venueEvents.venueId())
        return;
    const QTimeZone zone = clubZone(m_model);
    EventDialog dialog(m_venueEvents.now().toTimeZone(zone).date(), zone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const venue::NewEvent asked = dialog.event();
    // Redone after an undo, it is created again as a new event: the id is the latest one.
    auto created = std::make_shared<qint64>(0);
    m_undoStack.push(new ClubCommand(
        Tr::tr("Create %1").arg(asked.name),
        [this, asked, created]() -> Result<void> {
            const Result<qint64> id = m_venueEvents.create(asked, m_actor());
            if (!id)
                return Unexpected(id.error());
            *created = *id;
            selectEvent(*id);
            say(Tr::tr("%1 is open for sign-ups.").arg(asked.name));
            return {};
        },
        [this, asked, created]() -> Result<void> {
            if (Result<void> cancelled = m_venueEvents.cancel(*created, m_actor()); !cancelled)
                return cancelled;
            say(Tr::tr("%1 is cancelled.").arg(asked.name));
            return {};
        },
        [this](const QString &error) { say(error); }));
}

void EventsWindow::cancelSelected()
{
    const std::optional<VenueEvent> event = selected();
    if (!event)
        return;
    QMessageBox box(QMessageBox::Question, Tr::tr("Cancel the Event"),
                    Tr::tr("Cancel %1? Nobody can sign up for it any more, and it cannot be "
                           "opened again; its %n sign-ups stay on record.",
                           nullptr, event->signedIn + event->waiting)
                        .arg(event->name),
                    QMessageBox::NoButton, this);
    QPushButton *cancel = box.addButton(Tr::tr("Cancel the &Event"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("&Keep It"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != cancel)
        return;
    if (Result<void> cancelled = m_venueEvents.cancel(event->id, m_actor()); !cancelled) {
        say(cancelled.error());
        return;
    }
    say(Tr::tr("%1 is cancelled.").arg(event->name));
}

Result<void> EventsWindow::signUp(qint64 eventId, qint64 playerId)
{
    const Result<SignUpState> state = m_venueEvents.signUp(eventId, playerId, m_actor());
    if (!state)
        return Unexpected(state.error());
    const std::optional<VenueEvent> event = m_venueEvents.event(eventId);
    const QString eventName = event ? event->name : QString();
    if (*state == SignUpState::In) {
        say(Tr::tr("%1 is in for %2 (%3).")
                .arg(playerName(playerId), eventName, event ? signUpCounts(*event) : QString()));
        return {};
    }
    int place = 0;
    if (const Result<std::vector<SignUp>> signUps = m_venueEvents.signUps(eventId)) {
        for (const SignUp &signUp : *signUps) {
            if (signUp.playerId == playerId)
                place = signUp.place;
        }
    }
    say(Tr::tr("%1 is full: %2 is number %3 on the waiting list.")
            .arg(eventName, playerName(playerId))
            .arg(place));
    return {};
}

Result<void> EventsWindow::signOff(qint64 eventId, qint64 playerId)
{
    const Result<std::optional<qint64>> movedIn
        = m_venueEvents.cancelSignUp(eventId, playerId, m_actor());
    if (!movedIn)
        return Unexpected(movedIn.error());
    const std::optional<VenueEvent> event = m_venueEvents.event(eventId);
    const QString eventName = event ? event->name : QString();
    if (*movedIn) {
        say(Tr::tr("%1 is off %2; %3 moved in from the waiting list.")
                .arg(playerName(playerId), eventName, playerName(**movedIn)));
    } else {
        say(Tr::tr("%1 is off %2.").arg(playerName(playerId), eventName));
    }
    return {};
}

void EventsWindow::signUpPicked()
{
    const std::optional<VenueEvent> event = selected();
    const qint64 playerId = m_picker->playerId();
    if (!event || playerId == 0)
        return;
    const qint64 eventId = event->id;
    const QString player = m_picker->playerName();
    m_undoStack.push(new ClubCommand(
        Tr::tr("Sign %1 up for %2").arg(player, event->name),
        [this, eventId, playerId] { return signUp(eventId, playerId); },
        [this, eventId, playerId] { return signOff(eventId, playerId); },
        [this](const QString &error) { say(error); }));
    m_picker->clear();
}

void EventsWindow::signOffSelected()
{
    const std::optional<VenueEvent> event = selected();
    const QTreeWidgetItem *item = m_signUpList->currentItem();
    if (!event || !item)
        return;
    const qint64 eventId = event->id;
    const qint64 playerId = item->data(SignUpPlayer, Qt::UserRole).toLongLong();
    // Undone, the player signs up again: at the back, or on the waiting list if it filled.
    m_undoStack.push(new ClubCommand(
        Tr::tr("Sign %1 off %2").arg(item->text(SignUpPlayer), event->name),
        [this, eventId, playerId] { return signOff(eventId, playerId); },
        [this, eventId, playerId] { return signUp(eventId, playerId); },
        [this](const QString &error) { say(error); }));
}

} // namespace dojo::ui
