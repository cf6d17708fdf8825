#pragma once

#include <venue/staff.h>
#include <venue/tournament.h>

#include <core/result.h>

#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::venue {
class TournamentDesk;
}

namespace dojo::ui {

// An id as the edits on the undo stack know it. Undoing a tournament's creation cancels it, and
// doing it again creates a new one with a new id (the same for a player's entry): every edit
// made for the old one follows the new id through the same reference.
class IdRefs
{
public:
    using Ref = std::shared_ptr<qint64>;
    Ref of(qint64 id);
    // A reference not yet naming anything (a tournament about to be created).
    static Ref fresh() { return std::make_shared<qint64>(0); }
    // The reference names `to` from now on: every edit holding it follows.
    void moveTo(const Ref &ref, qint64 to);

private:
    std::map<qint64, std::weak_ptr<qint64>> m_refs;
};

// The order a tournament's entries are seeded in by hand, best first: the window's until the
// draw is made (then the seeds are the desk's). Tournament id → entry ids.
using HandOrders = std::map<qint64, std::vector<qint64>>;

// What every tournament edit needs: the desk, who acts now (undo and redo name whoever is
// signed in when they happen), where a refusal is said, and the window to tell of a change the
// desk does not announce.
struct TournamentEditContext
{
    QPointer<venue::TournamentDesk> desk;
    std::function<venue::Actor()> actor;
    std::function<void(const QString &what, const QString &why)> failed;
    std::function<void(qint64 tournamentId)> touched;
    IdRefs tournaments;
    IdRefs entries;
    HandOrders handOrders;
};
using EditContext = std::shared_ptr<TournamentEditContext>;

// A desk change on the window's undo stack. One that the desk refuses is said (what was not
// done, and the desk's reason) and dropped from the stack: no step is kept that did not happen.
class TournamentEdit : public QUndoCommand
{
public:
    TournamentEdit(EditContext context, IdRefs::Ref tournament, const QString &text);

    qint64 tournamentId() const { return *m_tournament; }

protected:
    // The desk, or a refusal when the venue's tournaments are no longer open.
    venue::TournamentDesk *desk();
    venue::Actor actor() const;
    // Drops the edit and says why when `result` failed; true when it went through.
    bool check(const Result<void> &result, const QString &what);
    void touched();

    EditContext m_context;
    IdRefs::Ref m_tournament;
};

// A new tournament; undone, it is cancelled.
class CreateTournamentEdit : public TournamentEdit
{
public:
    CreateTournamentEdit(EditContext context, venue::TournamentSettings settings);
    void redo() override;
    void undo() override;

private:
    venue::TournamentSettings m_settings;
};

// A tournament's settings before its draw.
class EditTournamentEdit : public TournamentEdit
{
public:
    EditTournamentEdit(EditContext context, qint64 tournamentId, venue::TournamentSettings before,
                       venue::TournamentSettings after);
    void redo() override;
    void undo() override;

private:
    venue::TournamentSettings m_before;
    venue::TournamentSettings m_after;
};

// A player entered; undone, their entry is withdrawn, and done again it is entered again.
class EnterPlayerEdit : public TournamentEdit
{
public:
    EnterPlayerEdit(EditContext context, qint64 tournamentId, qint64 playerId,
                    const QString &playerName, const QString &tournamentName);
    void redo() override;
    void undo() override;

    std::optional<qint64> entryId() const;

private:
    qint64 m_playerId = 0;
    IdRefs::Ref m_entry;    // once entered
    qint64 m_enteredIn = 0; // the tournament id the entry was made in
};

// An entry's state: checked in, back to entered, a no-show, withdrawn; undone, as it was.
class EntryStateEdit : public TournamentEdit
{
public:
    EntryStateEdit(EditContext context, qint64 tournamentId, qint64 entryId,
                   const QString &playerName, venue::EntryState before, venue::EntryState after);
    void redo() override;
    void undo() override;

private:
    IdRefs::Ref m_entry;
    venue::EntryState m_before;
    venue::EntryState m_after;
};

// An entry fee paid or not.
class PaidEdit : public TournamentEdit
{
public:
    PaidEdit(EditContext context, qint64 tournamentId, qint64 entryId, const QString &playerName,
             bool paid);
    void redo() override;
    void undo() override;

private:
    bool set(bool paid);
    IdRefs::Ref m_entry;
    bool m_paid;
};

// An entry moved up or down the order seeded by hand (the window's, until the draw).
class HandOrderEdit : public TournamentEdit
{
public:
    HandOrderEdit(EditContext context, qint64 tournamentId, const QString &playerName,
                  std::vector<qint64> before, std::vector<qint64> after, bool up);
    void redo() override;
    void undo() override;

private:
    std::vector<qint64> m_before;
    std::vector<qint64> m_after;
};

// The draw made; undone, the sign-up is open again with every entry as it was before.
class StartEdit : public TournamentEdit
{
public:
    StartEdit(EditContext context, qint64 tournamentId, const QString &tournamentName,
              std::vector<qint64> handOrder,
              std::vector<std::pair<qint64, venue::EntryState>> entriesBefore);
    void redo() override;
    void undo() override;

private:
    std::vector<qint64> m_handOrder;
    std::vector<std::pair<qint64, venue::EntryState>> m_entriesBefore;
};

// The sign-up open again; undone, the draw is made again with the same seeds.
class ReopenEdit : public TournamentEdit
{
public:
    ReopenEdit(EditContext context, qint64 tournamentId, const QString &tournamentName,
               std::vector<qint64> seedOrder);
    void redo() override;
    void undo() override;

private:
    std::vector<qint64> m_seedOrder;
};

// The table a match is played at: one chosen by hand (none takes it off), or the next free
// table of the floor's (`freeTables` in the floor's order) the first time it is done.
class TableEdit : public TournamentEdit
{
public:
    TableEdit(EditContext context, qint64 tournamentId, int drawMatch, std::optional<qint64> before,
              std::optional<qint64> after, const QString &text);
    // The next free table.
    TableEdit(EditContext context, qint64 tournamentId, int drawMatch, std::optional<qint64> before,
              std::vector<qint64> freeTables, const QString &text);
    void redo() override;
    void undo() override;

    // The table given, once done.
    std::optional<qint64> table() const { return m_after; }

private:
    int m_match;
    std::optional<qint64> m_before;
    std::optional<qint64> m_after;
    std::optional<std::vector<qint64>> m_freeTables; // until the next free table is found
};

// A match's result entered by hand; undone, taken back (the desk lets a referee or a manager).
class ResultEdit : public TournamentEdit
{
public:
    ResultEdit(EditContext context, qint64 tournamentId, int drawMatch, int winner, int racksA,
               int racksB, const QString &matchName);
    void redo() override;
    void undo() override;

protected:
    ResultEdit(EditContext context, qint64 tournamentId, int drawMatch, int winner, int racksA,
               int racksB, const QString &text, bool recordFirst);

private:
    bool record();
    bool takeBack();
    int m_match;
    int m_winner;
    int m_racksA;
    int m_racksB;
    bool m_recordFirst; // a result recorded, or (TakeBackEdit) one taken back
};

// A result taken back (a referee or a manager); undone, recorded again as it was.
class TakeBackEdit : public ResultEdit
{
public:
    TakeBackEdit(EditContext context, qint64 tournamentId, int drawMatch, int winner, int racksA,
                 int racksB, const QString &matchName);
};

} // namespace dojo::ui
