#include "tournaments/tournamentedits.h"

#include "common/uitr.h"

#include <venue/tournamentdesk.h>

#include <algorithm>

namespace dojo::ui {

IdRefs::Ref IdRefs::of(qint64 id)
{
    if (const auto known = m_refs.find(id); known != m_refs.end()) {
        if (Ref ref = known->second.lock())
            return ref;
    }
    auto ref = std::make_shared<qint64>(id);
    m_refs[id] = ref;
    return ref;
}

void IdRefs::moveTo(const Ref &ref, qint64 to)
{
    if (const auto known = m_refs.find(*ref); known != m_refs.end() && known->second.lock() == ref)
        m_refs.erase(known);
    *ref = to;
    m_refs[to] = ref;
}

TournamentEdit::TournamentEdit(EditContext context, IdRefs::Ref tournament, const QString &text)
    : m_context(std::move(context))
    , m_tournament(std::move(tournament))
{
    setText(text);
}

venue::TournamentDesk *TournamentEdit::desk()
{
    if (!m_context->desk) {
        check(Unexpected(Tr::tr("This venue's tournaments are closed: open the venue again.")),
              text());
    }
    return m_context->desk.data();
}

venue::Actor TournamentEdit::actor() const
{
    return m_context->actor ? m_context->actor() : venue::systemActor();
}

bool TournamentEdit::check(const Result<void> &result, const QString &what)
{
    if (result)
        return true;
    setObsolete(true);
    if (m_context->failed)
        m_context->failed(what, result.error());
    return false;
}

void TournamentEdit::touched()
{
    if (m_context->touched)
        m_context->touched(*m_tournament);
}

// Creating ------------------------------------------------------------------------------------

CreateTournamentEdit::CreateTournamentEdit(EditContext context, venue::TournamentSettings settings)
    : TournamentEdit(context, IdRefs::fresh(), Tr::tr("Create Tournament “%1”").arg(settings.name))
    , m_settings(std::move(settings))
{
}

void CreateTournamentEdit::redo()
{
    venue::TournamentDesk *desk = this->desk();
    if (!desk)
        return;
    const Result<qint64> created = desk->create(m_settings, actor());
    if (!check(created ? Result<void>() : Unexpected(created.error()),
               Tr::tr("The tournament was not created.")))
        return;
    m_context->tournaments.moveTo(m_tournament, *created);
}

void CreateTournamentEdit::undo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->cancel(*m_tournament, actor()), Tr::tr("The tournament was not cancelled."));
}

EditTournamentEdit::EditTournamentEdit(EditContext context, qint64 tournamentId,
                                       venue::TournamentSettings before,
                                       venue::TournamentSettings after)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     Tr::tr("Edit Tournament “%1”").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditTournamentEdit::redo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->edit(*m_tournament, m_after, actor()),
              Tr::tr("The tournament's settings were not saved."));
}

void EditTournamentEdit::undo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->edit(*m_tournament, m_before, actor()),
              Tr::tr("The tournament's settings were not put back."));
}

// Entries -------------------------------------------------------------------------------------

EnterPlayerEdit::EnterPlayerEdit(EditContext context, qint64 tournamentId, qint64 playerId,
                                 const QString &playerName, const QString &tournamentName)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     Tr::tr("Enter %1 in %2").arg(playerName, tournamentName))
    , m_playerId(playerId)
{
}

std::optional<qint64> EnterPlayerEdit::entryId() const
{
    return m_entry ? std::optional<qint64>(*m_entry) : std::nullopt;
}

void EnterPlayerEdit::redo()
{
    venue::TournamentDesk *desk = this->desk();
    if (!desk)
        return;
    const QString what = Tr::tr("The player was not entered.");
    // Entered again in the same tournament: the withdrawn entry comes back.
    if (m_entry && m_enteredIn == *m_tournament) {
        check(desk->setEntryState(*m_tournament, *m_entry, venue::EntryState::Entered, actor()),
              what);
        return;
    }
    const Result<qint64> entered = desk->enter(*m_tournament, m_playerId, actor());
    if (!check(entered ? Result<void>() : Unexpected(entered.error()), what))
        return;
    if (!m_entry)
        m_entry = IdRefs::fresh();
    m_context->entries.moveTo(m_entry, *entered);
    m_enteredIn = *m_tournament;
}

void EnterPlayerEdit::undo()
{
    venue::TournamentDesk *desk = this->desk();
    if (!desk || !m_entry)
        return;
    check(desk->setEntryState(*m_tournament, *m_entry, venue::EntryState::Withdrawn, actor()),
          Tr::tr("The entry was not withdrawn."));
}

namespace {

QString entryStateEditText(const QString &name, venue::EntryState state)
{
    switch (state) {
    case venue::EntryState::Entered: return Tr::tr("Set %1 Back to Entered").arg(name);
    case venue::EntryState::CheckedIn: return Tr::tr("Check In %1").arg(name);
    case venue::EntryState::NoShow: return Tr::tr("Mark %1 as a No-Show").arg(name);
    case venue::EntryState::Withdrawn: return Tr::tr("Withdraw %1").arg(name);
    }
    return {};
}

} // namespace

EntryStateEdit::EntryStateEdit(EditContext context, qint64 tournamentId, qint64 entryId,
                               const QString &playerName, venue::EntryState before,
                               venue::EntryState after)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     entryStateEditText(playerName, after))
    , m_entry(context->entries.of(entryId))
    , m_before(before)
    , m_after(after)
{
}

void EntryStateEdit::redo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->setEntryState(*m_tournament, *m_entry, m_after, actor()),
              Tr::tr("The player's entry was not changed."));
}

void EntryStateEdit::undo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->setEntryState(*m_tournament, *m_entry, m_before, actor()),
              Tr::tr("The player's entry was not put back."));
}

PaidEdit::PaidEdit(EditContext context, qint64 tournamentId, qint64 entryId,
                   const QString &playerName, bool paid)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     paid ? Tr::tr("Mark %1 as Paid").arg(playerName)
                          : Tr::tr("Mark %1 as Not Paid").arg(playerName))
    , m_entry(context->entries.of(entryId))
    , m_paid(paid)
{
}

bool PaidEdit::set(bool paid)
{
    venue::TournamentDesk *desk = this->desk();
    if (!desk)
        return false;
    // The desk does not announce a payment (it names no tournament): the window is told here.
    if (!check(desk->setPaid(*m_entry, paid, actor()), Tr::tr("The entry fee was not noted.")))
        return false;
    touched();
    return true;
}

void PaidEdit::redo()
{
    set(m_paid);
}

void PaidEdit::undo()
{
    set(!m_paid);
}

HandOrderEdit::HandOrderEdit(EditContext context, qint64 tournamentId, const QString &playerName,
                             std::vector<qint64> before, std::vector<qint64> after, bool up)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     up ? Tr::tr("Move %1 Up").arg(playerName)
                        : Tr::tr("Move %1 Down").arg(playerName))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void HandOrderEdit::redo()
{
    m_context->handOrders[*m_tournament] = m_after;
    touched();
}

void HandOrderEdit::undo()
{
    m_context->handOrders[*m_tournament] = m_before;
    touched();
}

// The draw ------------------------------------------------------------------------------------

StartEdit::StartEdit(EditContext context, qint64 tournamentId, const QString &tournamentName,
                     std::vector<qint64> handOrder,
                     std::vector<std::pair<qint64, venue::EntryState>> entriesBefore)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     Tr::tr("Make the Draw of %1").arg(tournamentName))
    , m_handOrder(std::move(handOrder))
    , m_entriesBefore(std::move(entriesBefore))
{
}

void StartEdit::redo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->start(*m_tournament, m_handOrder, actor()), Tr::tr("The draw was not made."));
}

void StartEdit::undo()
{
    venue::TournamentDesk *desk = this->desk();
    if (!desk)
        return;
    const QString what = Tr::tr("The sign-up was not opened again.");
    if (!check(desk->reopen(*m_tournament, actor()), what))
        return;
    // The draw made the players not checked in no-shows: they are entered as they were.
    const Result<venue::TournamentView> now = desk->view(*m_tournament);
    if (!check(now ? Result<void>() : Unexpected(now.error()), what))
        return;
    for (const auto &[entryId, state] : m_entriesBefore) {
        const auto entry = std::find_if(now->entries.begin(), now->entries.end(),
                                        [id = entryId](const auto &e) { return e.id == id; });
        if (entry == now->entries.end() || entry->state == state)
            continue;
        if (!check(desk->setEntryState(*m_tournament, entryId, state, actor()), what))
            return;
    }
}

ReopenEdit::ReopenEdit(EditContext context, qint64 tournamentId, const QString &tournamentName,
                       std::vector<qint64> seedOrder)
    : TournamentEdit(context, context->tournaments.of(tournamentId),
                     Tr::tr("Reopen the Sign-Up of %1").arg(tournamentName))
    , m_seedOrder(std::move(seedOrder))
{
}

void ReopenEdit::redo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->reopen(*m_tournament, actor()), Tr::tr("The sign-up was not opened again."));
}

void ReopenEdit::undo()
{
    // Drawn again with the seeds it had: the desk takes a given order as seeding by hand.
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->start(*m_tournament, m_seedOrder, actor()),
              Tr::tr("The draw was not made again."));
}

// Tables --------------------------------------------------------------------------------------

TableEdit::TableEdit(EditContext context, qint64 tournamentId, int drawMatch,
                     std::optional<qint64> before, std::optional<qint64> after, const QString &text)
    : TournamentEdit(context, context->tournaments.of(tournamentId), text)
    , m_match(drawMatch)
    , m_before(before)
    , m_after(after)
{
}

TableEdit::TableEdit(EditContext context, qint64 tournamentId, int drawMatch,
                     std::optional<qint64> before, std::vector<qint64> freeTables,
                     const QString &text)
    : TournamentEdit(context, context->tournaments.of(tournamentId), text)
    , m_match(drawMatch)
    , m_before(before)
    , m_freeTables(std::move(freeTables))
{
}

void TableEdit::redo()
{
    venue::TournamentDesk *desk = this->desk();
    if (!desk)
        return;
    const QString what = Tr::tr("The match was not given a table.");
    if (m_freeTables) {
        const Result<std::optional<qint64>> given
            = desk->assignNextFreeTable(*m_tournament, m_match, *m_freeTables, actor());
        if (!check(given ? Result<void>() : Unexpected(given.error()), what))
            return;
        if (!given->has_value()) {
            check(Unexpected(Tr::tr("Every free table is playing one of the tournament's "
                                    "matches already; choose one by hand with Table….")),
                  what);
            return;
        }
        m_after = **given;
        m_freeTables.reset(); // done again, it is this table
        return;
    }
    check(desk->assignTable(*m_tournament, m_match, m_after, actor()), what);
}

void TableEdit::undo()
{
    if (venue::TournamentDesk *desk = this->desk())
        check(desk->assignTable(*m_tournament, m_match, m_before, actor()),
              Tr::tr("The match's table was not put back."));
}

// Results -------------------------------------------------------------------------------------

ResultEdit::ResultEdit(EditContext context, qint64 tournamentId, int drawMatch, int winner,
                       int racksA, int racksB, const QString &matchName)
    : ResultEdit(std::move(context), tournamentId, drawMatch, winner, racksA, racksB,
                 Tr::tr("Record the Result of %1").arg(matchName), true)
{
}

ResultEdit::ResultEdit(EditContext context, qint64 tournamentId, int drawMatch, int winner,
                       int racksA, int racksB, const QString &text, bool recordFirst)
    : TournamentEdit(context, context->tournaments.of(tournamentId), text)
    , m_match(drawMatch)
    , m_winner(winner)
    , m_racksA(racksA)
    , m_racksB(racksB)
    , m_recordFirst(recordFirst)
{
}

bool ResultEdit::record()
{
    venue::TournamentDesk *desk = this->desk();
    return desk
           && check(
               desk->recordResult(*m_tournament, m_match, m_winner, m_racksA, m_racksB, actor()),
               Tr::tr("The result was not recorded."));
}

bool ResultEdit::takeBack()
{
    venue::TournamentDesk *desk = this->desk();
    return desk
           && check(desk->takeBack(*m_tournament, m_match, actor()),
                    Tr::tr("The result was not taken back."));
}

void ResultEdit::redo()
{
    if (m_recordFirst)
        record();
    else
        takeBack();
}

void ResultEdit::undo()
{
    if (m_recordFirst)
        takeBack();
    else
        record();
}

TakeBackEdit::TakeBackEdit(EditContext context, qint64 tournamentId, int drawMatch, int winner,
                           int racksA, int racksB, const QString &matchName)
    : ResultEdit(std::move(context), tournamentId, drawMatch, winner, racksA, racksB,
                 Tr::tr("Take Back the Result of %1").arg(matchName), false)
{
}

} // namespace dojo::ui
