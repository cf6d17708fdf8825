#include "venue/venueevents.h"

#include "venue/internal/fromrecords.h"
#include "venue/internal/venuetr.h"

#include <storage/changefeed.h>
#include <storage/database.h>
#include <storage/eventrepository.h>
#include <storage/venuerepository.h>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

Result<VenueEvent> eventOf(const storage::EventRecord &record)
{
    const std::optional<EventKind> kind = eventKindFromKey(record.kind);
    if (!kind) {
        return Unexpected(Tr::tr("Event %1 is a “%2”, a kind this DojoPool does not know; a "
                                 "newer version wrote it.")
                              .arg(QString::number(record.id), record.kind));
    }
    VenueEvent event;
    event.id = record.id;
    event.name = record.name;
    event.kind = *kind;
    event.from = record.startsAt;
    event.to = record.endsAt;
    event.cap = record.cap;
    event.cancelled = record.cancelled;
    event.signedIn = record.signedIn;
    event.waiting = record.waiting;
    return event;
}

bool sameEvent(const VenueEvent &a, const VenueEvent &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.from == b.from && a.to == b.to
           && a.cap == b.cap && a.cancelled == b.cancelled && a.signedIn == b.signedIn
           && a.waiting == b.waiting;
}

} // namespace

QString eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::LeagueNight: return QStringLiteral("league-night");
    case EventKind::OpenPlay: return QStringLiteral("open-play");
    case EventKind::Tournament: return QStringLiteral("tournament");
    }
    return {};
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    for (const EventKind kind :
         {EventKind::LeagueNight, EventKind::OpenPlay, EventKind::Tournament}) {
        if (eventKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::LeagueNight: return Tr::tr("League night");
    case EventKind::OpenPlay: return Tr::tr("Open play");
    case EventKind::Tournament: return Tr::tr("Tournament");
    }
    return {};
}

VenueEvents::VenueEvents(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<storage::EventRepository>(database))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

VenueEvents::~VenueEvents() = default;

void VenueEvents::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime VenueEvents::now() const
{
    return m_now();
}

Result<void> VenueEvents::load(qint64 venueId)
{
    m_venueId = venueId;
    m_events.clear();
    return reload();
}

Result<void> VenueEvents::reload()
{
    if (!m_venueId)
        return {};
    Result<std::vector<VenueEvent>> read
        = internal::fromRecords<VenueEvent>(m_repository->events(*m_venueId), eventOf);
    if (!read)
        return Unexpected(read.error());
    std::vector<VenueEvent> events = std::move(*read);
    const bool changed
        = !std::equal(m_events.begin(), m_events.end(), events.begin(), events.end(), sameEvent);
    // Counts that moved mean the sign-ups moved.
    std::vector<qint64> moved;
    for (const VenueEvent &event : events) {
        const auto before = std::find_if(m_events.begin(), m_events.end(),
                                         [&](const VenueEvent &e) { return e.id == event.id; });
        if (before == m_events.end() || before->signedIn != event.signedIn
            || before->waiting != event.waiting)
            moved.push_back(event.id);
    }
    m_events = std::move(events);
    if (changed)
        Q_EMIT eventsChanged();
    for (const qint64 eventId : moved)
        Q_EMIT signUpsChanged(eventId);
    return {};
}

void VenueEvents::followChanges(storage::ChangeFeed &feed)
{
    connect(&feed, &storage::ChangeFeed::changed, this, [this](const QStringList &kinds) {
        using namespace storage::change;
        if (!storage::ChangeFeed::concerns(kinds, {kEvents, kPlayers}))
            return;
        if (Result<void> reloaded = reload(); !reloaded)
            Q_EMIT reloadFailed(reloaded.error());
    });
}

std::optional<VenueEvent> VenueEvents::event(qint64 eventId) const
{
    const auto found = std::find_if(m_events.begin(), m_events.end(),
                                    [&](const VenueEvent &e) { return e.id == eventId; });
    if (found == m_events.end())
        return std::nullopt;
    return *found;
}

Result<VenueEvent> VenueEvents::current(qint64 eventId) const
{
    const Result<storage::EventRecord> record = m_repository->event(eventId);
    if (!record)
        return Unexpected(record.error());
    if (!m_venueId || record->venueId != *m_venueId)
        return Unexpected(Tr::tr("Event %1 is not one of the venue shown.").arg(eventId));
    return eventOf(*record);
}

Result<std::vector<SignUp>> VenueEvents::signUps(qint64 eventId) const
{
    const Result<std::vector<storage::SignUpRecord>> records = m_repository->signUps(eventId);
    if (!records)
        return Unexpected(records.error());
    std::vector<SignUp> signUps;
    int in = 0;
    int waiting = 0;
    for (const storage::SignUpRecord &record : *records) {
        SignUp signUp;
        signUp.playerId = record.playerId;
        signUp.name = record.playerName;
        signUp.state = record.state == u"in" ? SignUpState::In : SignUpState::Waiting;
        signUp.signedAt = record.signedAt;
        signUp.place = signUp.state == SignUpState::In ? ++in : ++waiting;
        signUps.push_back(std::move(signUp));
    }
    return signUps;
}

Result<qint64> VenueEvents::create(const NewEvent &event, const Actor &actor)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("There is no venue to hold the event."));
    if (event.name.trimmed().isEmpty())
        return Unexpected(Tr::tr("An event needs a name."));
    if (!event.from.isValid() || !event.to.isValid() || event.to <= event.from)
        return Unexpected(Tr::tr("An event must end after it starts."));
    if (event.cap < 0)
        return Unexpected(Tr::tr("An event's cap is a number of players, or 0 for no cap."));
    storage::EventRecord record;
    record.venueId = *m_venueId;
    record.name = event.name.trimmed();
    record.kind = eventKindKey(event.kind);
    record.startsAt = event.from.toUTC();
    record.endsAt = event.to.toUTC();
    record.cap = event.cap;
    const Result<qint64> id = m_repository->create(record, actor.auditName());
    if (!id)
        return id;
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return id;
}

Result<void> VenueEvents::cancel(qint64 eventId, const Actor &actor)
{
    const Result<VenueEvent> event = current(eventId);
    if (!event)
        return Unexpected(event.error());
    if (event->cancelled)
        return Unexpected(Tr::tr("%1 is cancelled already.").arg(event->name));
    if (Result<void> cancelled = m_repository->cancel(eventId, actor.auditName()); !cancelled)
        return cancelled;
    return reload();
}

Result<SignUpState> VenueEvents::signUp(qint64 eventId, qint64 playerId, const Actor &actor)
{
    const Result<VenueEvent> event = current(eventId);
    if (!event)
        return Unexpected(event.error());
    if (event->cancelled)
        return Unexpected(Tr::tr("%1 is cancelled; nobody can sign up for it.").arg(event->name));
    if (event->to <= now())
        return Unexpected(
            Tr::tr("%1 is over; nobody can sign up for it any more.").arg(event->name));
    const Result<std::vector<SignUp>> signedUp = signUps(eventId);
    if (!signedUp)
        return Unexpected(signedUp.error());
    const auto already = std::find_if(signedUp->begin(), signedUp->end(),
                                      [&](const SignUp &s) { return s.playerId == playerId; });
    if (already != signedUp->end()) {
        return Unexpected(
            already->state == SignUpState::In
                ? Tr::tr("%1 is already signed up for %2.").arg(already->name, event->name)
                : Tr::tr("%1 is already on the waiting list for %2.")
                      .arg(already->name, event->name));
    }
    const Result<QString> state = m_repository->signUp(eventId, playerId, actor.auditName());
    if (!state)
        return Unexpected(state.error());
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return *state == u"in" ? SignUpState::In : SignUpState::Waiting;
}

Result<std::optional<qint64>> VenueEvents::cancelSignUp(qint64 eventId, qint64 playerId,
                                                        const Actor &actor)
{
    const Result<VenueEvent> event = current(eventId);
    if (!event)
        return Unexpected(event.error());
    const Result<std::vector<SignUp>> signedUp = signUps(eventId);
    if (!signedUp)
        return Unexpected(signedUp.error());
    if (std::none_of(signedUp->begin(), signedUp->end(),
                     [&](const SignUp &s) { return s.playerId == playerId; })) {
        const Result<storage::PlayerRecord> player
            = storage::VenueRepository(m_database).player(playerId);
        return Unexpected(Tr::tr("%1 is not signed up for %2.")
                              .arg(player ? player->name : QString::number(playerId), event->name));
    }
    const Result<std::optional<qint64>> movedIn
        = m_repository->cancelSignUp(eventId, playerId, actor.auditName());
    if (!movedIn)
        return movedIn;
    if (Result<void> read = reload(); !read)
        return Unexpected(read.error());
    return movedIn;
}

} // namespace dojo::venue
