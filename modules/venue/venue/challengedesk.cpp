#include "venue/challengedesk.h"

#include "venue/gamenames.h"
#include "venue/internal/venuetr.h"

#include <storage/bookingrepository.h>
#include <storage/challengerepository.h>
#include <storage/changefeed.h>
#include <storage/database.h>
#include <storage/venuerepository.h>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

// Why a challenge cannot take a step because of where it stands, in one sentence.
QString standing(const Challenge &challenge)
{
    switch (challenge.state) {
    case ChallengeState::Issued:
        return Tr::tr("%1 has not answered this challenge yet.").arg(challenge.challenged);
    case ChallengeState::Accepted:
        return Tr::tr("%1 has already accepted this challenge.").arg(challenge.challenged);
    case ChallengeState::Declined:
        return Tr::tr("%1 declined this challenge.").arg(challenge.challenged);
    case ChallengeState::Booked: return Tr::tr("A table is already booked for this challenge.");
    case ChallengeState::Played: return Tr::tr("This challenge has been played.");
    case ChallengeState::Withdrawn:
        return Tr::tr("%1 withdrew this challenge.").arg(challenge.challenger);
    }
    return {};
}

Result<Challenge> challengeOf(const storage::ChallengeRecord &record)
{
    const std::optional<ChallengeState> state = challengeStateFromKey(record.state);
    if (!state) {
        return Unexpected(Tr::tr("Challenge %1 is “%2”, a state this DojoPool does not know; a "
                                 "newer version wrote it.")
                              .arg(QString::number(record.id), record.state));
    }
    Challenge challenge;
    challenge.id = record.id;
    challenge.challengerId = record.challenger;
    challenge.challenger = record.challengerName;
    challenge.challengedId = record.challenged;
    challenge.challenged = record.challengedName;
    challenge.game = record.game;
    challenge.raceTo = record.raceTo;
    challenge.state = *state;
    challenge.bookingId = record.bookingId;
    challenge.resultId = record.resultId;
    challenge.issuedAt = record.issuedAt;
    challenge.answeredAt = record.answeredAt;
    challenge.note = record.note;
    return challenge;
}

bool isOpen(ChallengeState state)
{
    return state == ChallengeState::Issued || state == ChallengeState::Accepted
           || state == ChallengeState::Booked;
}

} // namespace

QString challengeStateKey(ChallengeState state)
{
    switch (state) {
    case ChallengeState::Issued: return QStringLiteral("issued");
    case ChallengeState::Accepted: return QStringLiteral("accepted");
    case ChallengeState::Declined: return QStringLiteral("declined");
    case ChallengeState::Booked: return QStringLiteral("booked");
    case ChallengeState::Played: return QStringLiteral("played");
    case ChallengeState::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<ChallengeState> challengeStateFromKey(const QString &key)
{
    for (const ChallengeState state :
         {ChallengeState::Issued, ChallengeState::Accepted, ChallengeState::Declined,
          ChallengeState::Booked, ChallengeState::Played, ChallengeState::Withdrawn}) {
        if (challengeStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString challengeStateName(ChallengeState state)
{
    switch (state) {
    case ChallengeState::Issued: return Tr::tr("Issued");
    case ChallengeState::Accepted: return Tr::tr("Accepted");
    case ChallengeState::Declined: return Tr::tr("Declined");
    case ChallengeState::Booked: return Tr::tr("Table booked");
    case ChallengeState::Played: return Tr::tr("Played");
    case ChallengeState::Withdrawn: return Tr::tr("Withdrawn");
    }
    return {};
}

Result<void> checkChallengeStep(const Challenge &challenge, ChallengeStep step, qint64 byPlayerId)
{
    switch (step) {
    case ChallengeStep::Accept:
    case ChallengeStep::Decline:
        if (challenge.state != ChallengeState::Issued)
            return Unexpected(standing(challenge));
        if (byPlayerId != challenge.challengedId) {
            return Unexpected(step == ChallengeStep::Accept
                                  ? Tr::tr("Only %1, who was challenged, can accept this "
                                           "challenge.")
                                        .arg(challenge.challenged)
                                  : Tr::tr("Only %1, who was challenged, can decline this "
                                           "challenge.")
                                        .arg(challenge.challenged));
        }
        return {};
    case ChallengeStep::Withdraw:
        if (!isOpen(challenge.state))
            return Unexpected(standing(challenge));
        if (byPlayerId != challenge.challengerId) {
            return Unexpected(Tr::tr("Only %1, who issued this challenge, can withdraw it.")
                                  .arg(challenge.challenger));
        }
        return {};
    case ChallengeStep::BookTable:
        if (challenge.state == ChallengeState::Issued) {
            return Unexpected(Tr::tr("%1 has not accepted this challenge yet; a table is booked "
                                     "once it is accepted.")
                                  .arg(challenge.challenged));
        }
        if (challenge.state != ChallengeState::Accepted)
            return Unexpected(standing(challenge));
        return {};
    case ChallengeStep::EnterResult:
        if (challenge.state == ChallengeState::Issued) {
            return Unexpected(Tr::tr("%1 has not accepted this challenge yet, so it has no result "
                                     "to enter.")
                                  .arg(challenge.challenged));
        }
        if (challenge.state != ChallengeState::Accepted
            && challenge.state != ChallengeState::Booked)
            return Unexpected(standing(challenge));
        return {};
    }
    return {};
}

Result<void> checkRaceResult(const Challenge &challenge, int challengerRacks, int challengedRacks)
{
    const int won = std::max(challengerRacks, challengedRacks);
    const int lost = std::min(challengerRacks, challengedRacks);
    if (lost < 0 || won != challenge.raceTo || lost >= challenge.raceTo) {
        return Unexpected(Tr::tr("A race to %1 is won by the first to %1 racks: enter %1 for the "
                                 "winner and fewer for the other, not %2 to %3.")
                              .arg(challenge.raceTo)
                              .arg(challengerRacks)
                              .arg(challengedRacks));
    }
    return {};
}

QString challengeBookingName(const Challenge &challenge)
{
    return Tr::tr("%1 v %2").arg(challenge.challenger, challenge.challenged);
}

ChallengeDesk::ChallengeDesk(storage::Database &database, BookingBook &bookings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_bookings(bookings)
    , m_repository(std::make_unique<storage::ChallengeRepository>(database))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

ChallengeDesk::~ChallengeDesk() = default;

void ChallengeDesk::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime ChallengeDesk::now() const
{
    return m_now();
}

Result<void> ChallengeDesk::load(qint64 venueId)
{
    const Result<QTimeZone> zone = venueTimeZone(m_database, venueId);
    if (!zone)
        return Unexpected(zone.error());
    m_venueId = venueId;
    m_zone = *zone;
    return reload();
}

Result<void> ChallengeDesk::reload()
{
    if (!m_venueId)
        return {};
    const Result<std::vector<storage::ChallengeRecord>> records
        = m_repository->challenges(*m_venueId);
    if (!records)
        return Unexpected(records.error());
    std::vector<Challenge> challenges;
    for (const storage::ChallengeRecord &record : *records) {
        Result<Challenge> challenge = challengeOf(record);
        if (!challenge)
            return Unexpected(challenge.error());
        challenges.push_back(std::move(*challenge));
    }
    const auto same = [](const Challenge &a, const Challenge &b) {
        return a.id == b.id && a.state == b.state && a.challenger == b.challenger
               && a.challenged == b.challenged && a.bookingId == b.bookingId
               && a.resultId == b.resultId;
    };
    const bool changed = !std::equal(m_challenges.begin(), m_challenges.end(), challenges.begin(),
                                     challenges.end(), same);
    m_challenges = std::move(challenges);
    if (changed)
        Q_EMIT challengesChanged();
    return {};
}

void ChallengeDesk::followChanges(storage::ChangeFeed &feed)
{
    connect(&feed, &storage::ChangeFeed::changed, this, [this](const QStringList &kinds) {
        using namespace storage::change;
        if (!storage::ChangeFeed::concerns(kinds, {kChallenges, kResults, kBookings, kPlayers}))
            return;
        if (Result<void> reloaded = reload(); !reloaded)
            Q_EMIT reloadFailed(reloaded.error());
    });
}

std::optional<Challenge> ChallengeDesk::challenge(qint64 challengeId) const
{
    const auto found = std::find_if(m_challenges.begin(), m_challenges.end(),
                                    [&](const Challenge &c) { return c.id == challengeId; });
    if (found == m_challenges.end())
        return std::nullopt;
    return *found;
}

Result<Challenge> ChallengeDesk::current(qint64 challengeId, ChallengeStep step, qint64 byPlayerId)
{
    const Result<storage::ChallengeRecord> record = m_repository->challenge(challengeId);
    if (!record)
        return Unexpected(record.error());
    if (!m_venueId || record->venueId != *m_venueId)
        return Unexpected(Tr::tr("Challenge %1 is not one of the venue shown.").arg(challengeId));
    Result<Challenge> challenge = challengeOf(*record);
    if (!challenge)
        return challenge;
    if (Result<void> may = checkChallengeStep(*challenge, step, byPlayerId); !may)
        return Unexpected(may.error());
    return challenge;
}

Result<qint64> ChallengeDesk::issue(const NewChallenge &challenge, const Actor &actor)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("There is no venue to issue the challenge at."));
    if (challenge.challengerId == challenge.challengedId)
        return Unexpected(Tr::tr("A player cannot challenge themselves."));
    if (Result<void> known = checkGame(challenge.game); !known)
        return Unexpected(known.error());
    if (challenge.raceTo < 1)
        return Unexpected(Tr::tr("A challenge is a race to one rack or more."));
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    const auto open
        = std::find_if(m_challenges.begin(), m_challenges.end(), [&](const Challenge &c) {
              const bool samePair = (c.challengerId == challenge.challengerId
                                     && c.challengedId == challenge.challengedId)
                                    || (c.challengerId == challenge.challengedId
                                        && c.challengedId == challenge.challengerId);
              return samePair && isOpen(c.state);
          });
    if (open != m_challenges.end()) {
        return Unexpected(Tr::tr("%1 has already challenged %2; that challenge is to be played or "
                                 "withdrawn first.")
                              .arg(open->challenger, open->challenged));
    }
    storage::ChallengeRecord record;
    record.venueId = *m_venueId;
    record.challenger = challenge.challengerId;
    record.challenged = challenge.challengedId;
    record.game = challenge.game;
    record.raceTo = challenge.raceTo;
    record.note = challenge.note.trimmed();
    record.issuedAt = now();
    const Result<qint64> id = m_repository->issue(record, actor.auditName());
    if (!id)
        return id;
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return id;
}

Result<void> ChallengeDesk::answer(qint64 challengeId, ChallengeStep step, qint64 byPlayerId,
                                   const Actor &actor)
{
    const Result<Challenge> challenge = current(challengeId, step, byPlayerId);
    if (!challenge)
        return Unexpected(challenge.error());
    QString state;
    QStringList from{challengeStateKey(ChallengeState::Issued)};
    switch (step) {
    case ChallengeStep::Accept: state = challengeStateKey(ChallengeState::Accepted); break;
    case ChallengeStep::Decline: state = challengeStateKey(ChallengeState::Declined); break;
    default:
        state = challengeStateKey(ChallengeState::Withdrawn);
        from << challengeStateKey(ChallengeState::Accepted)
             << challengeStateKey(ChallengeState::Booked);
        break;
    }
    if (Result<void> answered = m_repository->answer(challengeId, state, from, actor.auditName());
        !answered)
        return answered;
    return reload();
}

Result<void> ChallengeDesk::accept(qint64 challengeId, qint64 byPlayerId, const Actor &actor)
{
    return answer(challengeId, ChallengeStep::Accept, byPlayerId, actor);
}

Result<void> ChallengeDesk::decline(qint64 challengeId, qint64 byPlayerId, const Actor &actor)
{
    return answer(challengeId, ChallengeStep::Decline, byPlayerId, actor);
}

Result<void> ChallengeDesk::withdraw(qint64 challengeId, qint64 byPlayerId, const Actor &actor)
{
    const Result<Challenge> challenge = current(challengeId, ChallengeStep::Withdraw, byPlayerId);
    if (!challenge)
        return Unexpected(challenge.error());
    if (Result<void> withdrawn = answer(challengeId, ChallengeStep::Withdraw, byPlayerId, actor);
        !withdrawn)
        return withdrawn;
    // The table goes back to the venue once nobody is coming to play on it.
    if (challenge->bookingId) {
        const Result<storage::BookingRecord> booking
            = storage::BookingRepository(m_database).byId(*challenge->bookingId);
        if (booking && booking->holdsTable()) {
            if (Result<Booking> cancelled = m_bookings.cancel(*challenge->bookingId, actor);
                !cancelled)
                return Unexpected(cancelled.error());
        }
    }
    return {};
}

Result<BookingAttempt> ChallengeDesk::bookTable(qint64 challengeId, qint64 tableId,
                                                const QDateTime &from, const QDateTime &to,
                                                const Actor &actor)
{
    const Result<Challenge> challenge = current(challengeId, ChallengeStep::BookTable, 0);
    if (!challenge)
        return Unexpected(challenge.error());
    const Result<std::vector<storage::TableRecord>> tables
        = storage::VenueRepository(m_database).tables(*m_venueId);
    if (!tables)
        return Unexpected(tables.error());
    if (std::none_of(tables->begin(), tables->end(),
                     [&](const storage::TableRecord &t) { return t.id == tableId; }))
        return Unexpected(Tr::tr("Table %1 is not one of the venue's tables.").arg(tableId));
    const Result<BookingAttempt> attempt = m_bookings.create(
        tableId, from, to, challengeBookingName(*challenge), actor, challenge->challengerId);
    if (!attempt || !attempt->booked)
        return attempt;
    if (Result<void> booked
        = m_repository->booked(challengeId, attempt->booked->id, actor.auditName());
        !booked) {
        // Nobody plays on a booking the challenge does not know: give the table back.
        (void)m_bookings.cancel(attempt->booked->id, actor);
        return Unexpected(booked.error());
    }
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return attempt;
}

Result<qint64> ChallengeDesk::enterResult(qint64 challengeId, int challengerRacks,
                                          int challengedRacks, const Actor &actor)
{
    const Result<Challenge> challenge = current(challengeId, ChallengeStep::EnterResult, 0);
    if (!challenge)
        return Unexpected(challenge.error());
    if (Result<void> race = checkRaceResult(*challenge, challengerRacks, challengedRacks); !race)
        return Unexpected(race.error());
    storage::ResultRecord result;
    result.venueId = *m_venueId;
    result.playedOn = now().toTimeZone(m_zone).date();
    result.game = challenge->game;
    result.playerA = challenge->challengerId;
    result.playerB = challenge->challengedId;
    result.racksA = challengerRacks;
    result.racksB = challengedRacks;
    const Result<qint64> resultId = m_repository->played(challengeId, result, actor.auditName());
    if (!resultId)
        return resultId;
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return resultId;
}

} // namespace dojo::venue
