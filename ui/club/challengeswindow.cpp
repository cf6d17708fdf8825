#include "club/challengeswindow.h"

#include "bookings/bookingtext.h"
#include "club/challengedialog.h"
#include "club/clubcommand.h"
#include "club/clubtext.h"
#include "club/raceresultdialog.h"
#include "club/tablebookingdialog.h"
#include "common/uitr.h"

#include <venue/bookingbook.h>
#include <venue/gamenames.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace dojo::ui {
namespace {

using venue::Challenge;
using venue::ChallengeState;
using venue::ChallengeStep;

// The groups of the list, in the order a challenge goes through them.
constexpr ChallengeState kGroups[]
    = {ChallengeState::Issued, ChallengeState::Accepted, ChallengeState::Booked,
       ChallengeState::Played, ChallengeState::Declined, ChallengeState::Withdrawn};

enum Column { Players, Game, Issued, Table, Note };

// Two hours for a race to 5: about 20 minutes a rack the winner needs, in half hours.
int suggestedMinutes(const Challenge &challenge)
{
    const int minutes = challenge.raceTo * 20;
    return std::clamp((minutes + 29) / 30 * 30, 60, 6 * 60);
}

// The player who takes `step`: the challenged answers, the challenger withdraws.
qint64 takerOf(const Challenge &challenge, ChallengeStep step)
{
    return step == ChallengeStep::Withdraw ? challenge.challengerId : challenge.challengedId;
}

} // namespace

ChallengesWindow::ChallengesWindow(venue::ChallengeDesk &desk, venue::VenueModel &model,
                                   QUndoStack &undoStack, ActorOf actor, BookingsOf bookings,
                                   QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_actor(std::move(actor))
    , m_bookings(std::move(bookings))
{
    setObjectName(QStringLiteral("challengesWindow"));
    setWindowTitle(Tr::tr("Challenges"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("challengeList"));
    m_list->setHeaderLabels(
        {Tr::tr("Challenge"), Tr::tr("Game"), Tr::tr("Issued"), Tr::tr("Table"), Tr::tr("Note")});
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    const auto button = [this](const QString &text, const char *name, auto step) {
        auto *pushButton = new QPushButton(text, this);
        pushButton->setObjectName(QLatin1String(name));
        connect(pushButton, &QPushButton::clicked, this, step);
        return pushButton;
    };
    m_new = button(Tr::tr("&New Challenge…"), "newChallenge", &ChallengesWindow::issue);
    m_accept = button(Tr::tr("&Accept…"), "acceptChallenge", &ChallengesWindow::acceptSelected);
    m_decline = button(Tr::tr("&Decline…"), "declineChallenge", &ChallengesWindow::declineSelected);
    m_withdraw
        = button(Tr::tr("&Withdraw…"), "withdrawChallenge", &ChallengesWindow::withdrawSelected);
    m_book = button(Tr::tr("&Book Table…"), "bookChallengeTable",
                    &ChallengesWindow::bookTableForSelected);
    m_result = button(Tr::tr("Enter &Result…"), "enterChallengeResult",
                      &ChallengesWindow::enterResultForSelected);
    m_new->setToolTip(Tr::tr("Issue a challenge between two players (Ctrl+N)"));

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &ChallengesWindow::issue);
    addAction(newAction);
    auto *withdrawAction = new QAction(m_list);
    withdrawAction->setShortcut(QKeySequence::Delete);
    withdrawAction->setShortcutContext(Qt::WidgetShortcut);
    connect(withdrawAction, &QAction::triggered, this, &ChallengesWindow::withdrawSelected);
    m_list->addAction(withdrawAction);

    m_status = new QStatusBar(this);
    m_status->setObjectName(QStringLiteral("challengeStatus"));
    m_status->setSizeGripEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addSpacing(12);
    for (QPushButton *step : {m_accept, m_decline, m_withdraw, m_book, m_result})
        buttons->addWidget(step);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChallengesWindow::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, &ChallengesWindow::nextStepForSelected);
    connect(&m_desk, &venue::ChallengeDesk::challengesChanged, this,
            &ChallengesWindow::showChallenges);
    connect(&m_desk, &venue::ChallengeDesk::reloadFailed, this, &ChallengesWindow::say);
    resize(960, 560);
    showChallenges();
    m_list->setFocus();
}

std::optional<Challenge> ChallengesWindow::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(Players, Qt::UserRole).toLongLong() : 0;
    return id == 0 ? std::nullopt : m_desk.challenge(id);
}

void ChallengesWindow::selectChallenge(qint64 challengeId)
{
    for (int group = 0; group < m_list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *parent = m_list->topLevelItem(group);
        for (int row = 0; row < parent->childCount(); ++row) {
            if (parent->child(row)->data(Players, Qt::UserRole).toLongLong() == challengeId)
                m_list->setCurrentItem(parent->child(row));
        }
    }
}

QString ChallengesWindow::statusText() const
{
    return m_status->currentMessage();
}

void ChallengesWindow::showChallenges()
{
    const std::optional<Challenge> was = selected();
    const QTimeZone zone = clubZone(m_model);
    const QLocale locale;
    if (const std::optional<venue::Venue> venue = m_model.currentVenue())
        setWindowTitle(Tr::tr("Challenges — %1").arg(venue->name));
    m_list->clear();
    for (const ChallengeState state : kGroups) {
        std::vector<const Challenge *> inState;
        for (const Challenge &challenge : m_desk.challenges()) {
            if (challenge.state == state)
                inState.push_back(&challenge);
        }
        if (inState.empty())
            continue;
        auto *group = new QTreeWidgetItem(
            m_list, {Tr::tr("%1 (%2)").arg(venue::challengeStateName(state)).arg(inState.size())});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(Players);
        bold.setBold(true);
        group->setFont(Players, bold);
        for (const Challenge *challenge : inState) {
            auto *item = new QTreeWidgetItem(
                group, {venue::challengeBookingName(*challenge),
                        Tr::tr("%1, race to %2")
                            .arg(venue::gameName(challenge->game))
                            .arg(challenge->raceTo),
                        locale.toString(challenge->issuedAt.toTimeZone(zone), QLocale::ShortFormat),
                        tableText(*challenge), challenge->note});
            item->setData(Players, Qt::UserRole, challenge->id);
        }
        group->setExpanded(true);
    }
    if (was)
        selectChallenge(was->id);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = m_list->topLevelItem(0);
        m_list->setCurrentItem(first->childCount() > 0 ? first->child(0) : first);
    }
    updateActions();
}

QString ChallengesWindow::tableText(const Challenge &challenge) const
{
    if (!challenge.bookingId)
        return QString();
    const venue::BookingBook *book = m_bookings ? m_bookings() : nullptr;
    const std::optional<venue::Booking> booking
        = book ? book->booking(*challenge.bookingId) : std::nullopt;
    if (!booking) // on a day the bookings do not show
        return Tr::tr("Booking %1").arg(*challenge.bookingId);
    return Tr::tr("%1, %2").arg(booking->tableName,
                                BookingText::span(booking->from, booking->to, book->timeZone()));
}

void ChallengesWindow::updateActions()
{
    const std::optional<Challenge> challenge = selected();
    const auto allow = [&](QPushButton *button, ChallengeStep step) {
        if (!challenge) {
            button->setEnabled(false);
            button->setToolTip(QString());
            return;
        }
        const Result<void> may
            = venue::checkChallengeStep(*challenge, step, takerOf(*challenge, step));
        button->setEnabled(bool(may));
        button->setToolTip(may ? QString() : may.error()); // why not, in the desk's words
    };
    allow(m_accept, ChallengeStep::Accept);
    allow(m_decline, ChallengeStep::Decline);
    allow(m_withdraw, ChallengeStep::Withdraw);
    allow(m_book, ChallengeStep::BookTable);
    allow(m_result, ChallengeStep::EnterResult);
    m_new->setEnabled(m_desk.venueId().has_value());
}

void ChallengesWindow::say(const QString &sentence)
{
    m_status->showMessage(sentence);
}

bool ChallengesWindow::confirm(const QString &title, const QString &question, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton *take = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(take);
    box.exec();
    return box.clickedButton() == take;
}

void ChallengesWindow::issue()
{
    if (!m_desk.venueId())
        return;
    ChallengeDialog dialog([this] { return m_model.players(); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const venue::NewChallenge asked = dialog.challenge();
    const QString challenger = dialog.challengerName();
    const QString challenged = dialog.challengedName();
    // Redone after an undo, it is issued again as a new challenge: the id is the latest one.
    auto issued = std::make_shared<qint64>(0);
    auto *command = new ClubCommand(
        Tr::tr("Issue %1's challenge to %2").arg(challenger, challenged),
        [this, asked, issued]() -> Result<void> {
            const Result<qint64> id = m_desk.issue(asked, m_actor());
            if (!id)
                return Unexpected(id.error());
            *issued = *id;
            return {};
        },
        [this, asked, issued]() -> Result<void> {
            static_cast<void>(m_desk.reload()); // another desk may have answered it
            const std::optional<Challenge> now = m_desk.challenge(*issued);
            // Undo takes back an issue, not an accepted challenge and its table.
            if (now
                && (now->state == ChallengeState::Accepted || now->state == ChallengeState::Booked))
                return Unexpected(Tr::tr("%1 has accepted the challenge already: Undo no longer "
                                         "takes it back. Withdraw it instead.")
                                      .arg(now->challenged));
            return m_desk.withdraw(*issued, asked.challengerId, m_actor());
        },
        [this](const QString &error) { say(error); });
    m_undoStack.push(command);
    if (*issued == 0)
        return; // refused: the sentence is in the status line
    selectChallenge(*issued);
    say(Tr::tr("%1 challenged %2 to a race to %3 at %4.")
            .arg(challenger, challenged)
            .arg(asked.raceTo)
            .arg(venue::gameName(asked.game)));
}

void ChallengesWindow::acceptSelected()
{
    const std::optional<Challenge> challenge = selected();
    if (!challenge)
        return;
    if (Result<void> may
        = venue::checkChallengeStep(*challenge, ChallengeStep::Accept, challenge->challengedId);
        !may) {
        say(may.error());
        return;
    }
    if (!confirm(
            Tr::tr("Accept the Challenge"),
            Tr::tr("Accept %1's challenge for %2: %3, race to %4? An accepted challenge "
                   "cannot be answered again; %1 can still withdraw it.")
                .arg(challenge->challenger, challenge->challenged, venue::gameName(challenge->game))
                .arg(challenge->raceTo),
            Tr::tr("&Accept")))
        return;
    if (Result<void> accepted = m_desk.accept(challenge->id, challenge->challengedId, m_actor());
        !accepted) {
        say(accepted.error());
        return;
    }
    say(Tr::tr("%1 accepted %2's challenge: book them a table.")
            .arg(challenge->challenged, challenge->challenger));
}

void ChallengesWindow::declineSelected()
{
    const std::optional<Challenge> challenge = selected();
    if (!challenge)
        return;
    if (Result<void> may
        = venue::checkChallengeStep(*challenge, ChallengeStep::Decline, challenge->challengedId);
        !may) {
        say(may.error());
        return;
    }
    if (!confirm(Tr::tr("Decline the Challenge"),
                 Tr::tr("Decline %1's challenge for %2? A declined challenge is over; %1 can "
                        "challenge again.")
                     .arg(challenge->challenger, challenge->challenged),
                 Tr::tr("&Decline")))
        return;
    if (Result<void> declined = m_desk.decline(challenge->id, challenge->challengedId, m_actor());
        !declined) {
        say(declined.error());
        return;
    }
    say(Tr::tr("%1 declined %2's challenge.").arg(challenge->challenged, challenge->challenger));
}

void ChallengesWindow::withdrawSelected()
{
    const std::optional<Challenge> challenge = selected();
    if (!challenge)
        return;
    if (Result<void> may
        = venue::checkChallengeStep(*challenge, ChallengeStep::Withdraw, challenge->challengerId);
        !may) {
        say(may.error());
        return;
    }
    const QString question
        = challenge->bookingId
              ? Tr::tr("Withdraw %1's challenge to %2? The table booked for it is given back; a "
                       "withdrawn challenge is over.")
                    .arg(challenge->challenger, challenge->challenged)
              : Tr::tr("Withdraw %1's challenge to %2? A withdrawn challenge is over.")
                    .arg(challenge->challenger, challenge->challenged);
    if (!confirm(Tr::tr("Withdraw the Challenge"), question, Tr::tr("&Withdraw")))
        return;
    if (Result<void> withdrawn = m_desk.withdraw(challenge->id, challenge->challengerId, m_actor());
        !withdrawn) {
        say(withdrawn.error());
        return;
    }
    say(Tr::tr("%1 withdrew the challenge to %2.")
            .arg(challenge->challenger, challenge->challenged));
}

void ChallengesWindow::bookTableForSelected()
{
    const std::optional<Challenge> challenge = selected();
    if (!challenge)
        return;
    if (Result<void> may = venue::checkChallengeStep(*challenge, ChallengeStep::BookTable, 0);
        !may) {
        say(may.error());
        return;
    }
    venue::BookingBook *book = m_bookings ? m_bookings() : nullptr;
    if (!book) {
        say(Tr::tr("This window has no bookings: the table cannot be booked here."));
        return;
    }
    TableBookingDay day;
    for (const venue::Table &table : m_model.tables())
        day.tables.push_back({table.id, table.name, table.outOfOrder});
    day.bookings = book->bookings();
    day.zone = book->timeZone();
    day.now = m_desk.now();
    if (const std::optional<venue::Venue> venue = m_model.currentVenue())
        day.graceMinutes = venue->graceMinutes;
    TableBookingDialog dialog(day, venue::challengeBookingName(*challenge),
                              suggestedMinutes(*challenge), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<venue::BookingAttempt> attempt
        = m_desk.bookTable(challenge->id, dialog.tableId(), dialog.from(), dialog.to(), m_actor());
    if (!attempt) {
        say(attempt.error());
        return;
    }
    if (attempt->overlapped) {
        say(book->overlapSentence(*attempt->overlapped));
        return;
    }
    if (attempt->booked) {
        const std::optional<venue::Table> table = m_model.table(attempt->booked->tableId);
        say(Tr::tr("%1 is booked for %2 from %3 to %4.")
                .arg(table ? table->name : attempt->booked->tableName,
                     venue::challengeBookingName(*challenge),
                     BookingText::time(attempt->booked->from, day.zone),
                     BookingText::time(attempt->booked->to, day.zone)));
    }
}

void ChallengesWindow::enterResultForSelected()
{
    const std::optional<Challenge> challenge = selected();
    if (!challenge)
        return;
    if (Result<void> may = venue::checkChallengeStep(*challenge, ChallengeStep::EnterResult, 0);
        !may) {
        say(may.error());
        return;
    }
    RaceResultDialog dialog(*challenge, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> entered = m_desk.enterResult(challenge->id, dialog.challengerRacks(),
                                                      dialog.challengedRacks(), m_actor());
    if (!entered) {
        say(entered.error());
        return;
    }
    say(Tr::tr("%1 %2–%3 %4 is entered; the ratings count it at their next refresh.")
            .arg(challenge->challenger)
            .arg(dialog.challengerRacks())
            .arg(dialog.challengedRacks())
            .arg(challenge->challenged));
}

void ChallengesWindow::nextStepForSelected()
{
    const std::optional<Challenge> challenge = selected();
    if (!challenge)
        return;
    switch (challenge->state) {
    case ChallengeState::Issued: acceptSelected(); break;
    case ChallengeState::Accepted: bookTableForSelected(); break;
    case ChallengeState::Booked: enterResultForSelected(); break;
    case ChallengeState::Played:
    case ChallengeState::Declined:
    case ChallengeState::Withdrawn:
        say(venue::checkChallengeStep(*challenge, ChallengeStep::EnterResult, 0).error());
        break;
    }
}

} // namespace dojo::ui
