#pragma once

#include <venue/challengedesk.h>
#include <venue/staff.h>

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QStatusBar;
class QTreeWidget;
class QUndoStack;

namespace dojo::venue {
class BookingBook;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

// The venue's challenges at the desk, keyboard first: a list grouped by state (issued,
// accepted, table booked, played, declined, withdrawn) with the steps the selected one allows.
// New Challenge… (Ctrl+N) issues one as an undoable edit (Undo withdraws it while it is
// unanswered); Accept… and Decline… for the challenged, Withdraw… for the challenger ask
// first, as they cannot be taken back; Book Table… books one of the venue's tables through the
// bookings; Enter Result… enters the race as a result by hand (source "challenge"). Enter on a
// challenge takes its next step, Delete withdraws it. Every refusal is the desk's sentence, in
// the status line. Each step is audited by the desk as the member signed in.
class ChallengesWindow : public QWidget
{
    Q_OBJECT

public:
    using ActorOf = std::function<venue::Actor()>;
    using BookingsOf = std::function<venue::BookingBook *()>; // null: none in this window

    ChallengesWindow(venue::ChallengeDesk &desk, venue::VenueModel &model, QUndoStack &undoStack,
                     ActorOf actor, BookingsOf bookings, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    std::optional<venue::Challenge> selected() const;
    void selectChallenge(qint64 challengeId);
    // The status line: the last step's outcome or refusal.
    QString statusText() const;

    void issue();
    void acceptSelected();
    void declineSelected();
    void withdrawSelected();
    void bookTableForSelected();
    void enterResultForSelected();
    // Enter: the step the selected challenge waits for (accept, book a table, its result).
    void nextStepForSelected();

private:
    void showChallenges();
    void updateActions();
    void say(const QString &sentence);
    bool confirm(const QString &title, const QString &question, const QString &yes);
    QString tableText(const venue::Challenge &challenge) const;

    venue::ChallengeDesk &m_desk;
    venue::VenueModel &m_model;
    QUndoStack &m_undoStack;
    ActorOf m_actor;
    BookingsOf m_bookings;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_result = nullptr;
    QStatusBar *m_status = nullptr;
};

} // namespace dojo::ui
