#include "venue/tabletime.h"

#include "venue/internal/raterules.h"
#include "venue/internal/venuetr.h"

#include <core/tablespec.h>
#include <storage/database.h>
#include <storage/raterepository.h>
#include <storage/sessionrepository.h>
#include <storage/walkinrepository.h>

#include <algorithm>
#include <set>

namespace dojo::venue {

using internal::Tr;

namespace {

// How far ahead the queue looks at the tables' bookings.
constexpr qint64 kQueueHorizonSeconds = 12 * 3600;
// A booking may be checked in this early.
constexpr qint64 kCheckInAheadSeconds = 3600;

SessionState stateOf(const QString &word)
{
    return word == u"paused" ? SessionState::Paused : SessionState::Running;
}

Booking bookingFromRecord(const storage::HeldBookingRecord &record)
{
    Booking booking;
    booking.id = record.id;
    booking.tableId = record.tableId;
    booking.from = record.from;
    booking.to = record.to;
    booking.name = record.name;
    if (record.state == u"checked-in")
        booking.checkedIn = record.from;
    return booking;
}

} // namespace

TableTime::TableTime(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_sessionRepository(std::make_unique<storage::SessionRepository>(database))
    , m_rateRepository(std::make_unique<storage::RateRepository>(database))
    , m_walkInRepository(std::make_unique<storage::WalkInRepository>(database))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::utc())
{
}

TableTime::~TableTime() = default;

void TableTime::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime TableTime::now() const
{
    return m_now().toUTC();
}

Result<void> TableTime::load(qint64 venueId)
{
    m_venueId = venueId;
    return reload();
}

Result<void> TableTime::reload()
{
    if (!m_venueId)
        return noVenue();
    const Result<storage::VenueTermsRecord> terms = m_sessionRepository->venueTerms(*m_venueId);
    if (!terms)
        return Unexpected(terms.error());
    m_venueName = terms->name;
    m_currency = terms->currency;
    m_graceMinutes = terms->graceMinutes;
    const QTimeZone zone(terms->timeZone.toUtf8());
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    for (auto read : {&TableTime::readTables, &TableTime::readRates, &TableTime::readSessions,
                      &TableTime::readReceipts, &TableTime::readWalkIns}) {
        if (Result<void> done = (this->*read)(); !done)
            return done;
    }
    Q_EMIT sessionsChanged();
    Q_EMIT walkInsChanged();
    Q_EMIT receiptsChanged();
    Q_EMIT ratesChanged();
    return {};
}

Result<void> TableTime::noVenue() const
{
    return Unexpected(Tr::tr("No venue is open."));
}

Result<void> TableTime::readTables()
{
    const Result<std::vector<storage::SessionTableRecord>> tables
        = m_sessionRepository->tables(*m_venueId);
    if (!tables)
        return Unexpected(tables.error());
    m_tables.clear();
    for (const storage::SessionTableRecord &record : *tables) {
        TableInfo info{record.id, record.name, record.rateClass, isOutOfOrderWord(record.status)};
        if (info.rateClass.isEmpty()) {
            const std::optional<TableSize> size = tableSizeFromKey(record.sizeKey);
            info.rateClass = size ? defaultRateClass(*size) : record.sizeKey;
        }
        m_tables.push_back(info);
    }
    return {};
}

Result<void> TableTime::readRates()
{
    const Result<std::vector<storage::RateRuleRecord>> records
        = m_rateRepository->rules(*m_venueId);
    if (!records)
        return Unexpected(records.error());
    std::vector<RateRule> rates;
    for (const storage::RateRuleRecord &record : *records) {
        Result<RateRule> rule = internal::rateRuleFromRecord(record);
        if (!rule)
            return Unexpected(rule.error());
        rates.push_back(std::move(*rule));
    }
    m_rates = std::move(rates);
    return {};
}

Result<void> TableTime::readSessions()
{
    const Result<std::vector<storage::SessionRecord>> records
        = m_sessionRepository->openSessions(*m_venueId);
    if (!records)
        return Unexpected(records.error());
    std::vector<OpenSession> sessions;
    for (const storage::SessionRecord &record : *records) {
        OpenSession session;
        session.id = record.id;
        session.tableId = record.tableId.value_or(0);
        session.guest = record.name;
        session.member = record.member;
        session.state = stateOf(record.state);
        session.startedAt = record.startedAt;
        session.bookingId = record.bookingId;
        if (record.bookingId) {
            if (Result<storage::HeldBookingRecord> booking
                = m_sessionRepository->booking(*record.bookingId);
                booking)
                session.bookedUntil = booking->to;
        }
        for (const storage::StretchRecord &stretch : record.stretches) {
            session.stretches.push_back(
                {stretch.tableName, PlayedStretch{stretch.rateClass, stretch.from, stretch.to}});
            session.tableName = stretch.tableName;
        }
        if (const TableInfo *table = tableInfo(session.tableId))
            session.tableName = table->name;
        sessions.push_back(std::move(session));
    }
    m_sessions = std::move(sessions);
    return {};
}

Result<void> TableTime::readReceipts()
{
    // Today's receipts: since midnight in the venue's time zone.
    const QDateTime local = now().toTimeZone(m_zone);
    const QDateTime midnight(local.date(), QTime(0, 0), m_zone);
    const Result<std::vector<storage::ReceiptRecord>> records
        = m_sessionRepository->receipts(*m_venueId, midnight.toUTC());
    if (!records)
        return Unexpected(records.error());
    m_receipts.clear();
    for (const storage::ReceiptRecord &record : *records) {
        m_receipts.push_back({record.id, record.number, record.totalCents, record.currency,
                              record.lines, record.issuedAt, record.voidedAt.isValid()});
    }
    return {};
}

Result<void> TableTime::readWalkIns()
{
    const Result<std::vector<storage::WalkInRecord>> records
        = m_walkInRepository->waiting(*m_venueId);
    if (!records)
        return Unexpected(records.error());
    const QDateTime at = now();
    const Result<std::vector<storage::HeldBookingRecord>> held
        = m_sessionRepository->heldBookings(*m_venueId, at, at.addSecs(kQueueHorizonSeconds));
    if (!held)
        return Unexpected(held.error());

    std::vector<TableOutlook> outlook;
    for (const TableInfo &table : m_tables) {
        TableOutlook view;
        view.tableId = table.id;
        view.rateClass = table.rateClass;
        view.outOfOrder = table.outOfOrder;
        if (const OpenSession *session = openAt(table.id)) {
            view.sessionStart = session->startedAt;
            view.sessionBookedUntil = session->bookedUntil;
        }
        for (const storage::HeldBookingRecord &booking : *held) {
            // The session's own booking is its end already.
            const OpenSession *session = openAt(table.id);
            if (booking.tableId == table.id && !(session && session->bookingId == booking.id))
                view.bookings.push_back(bookingFromRecord(booking));
        }
        outlook.push_back(std::move(view));
    }
    std::vector<WaitingParty> queue;
    for (const storage::WalkInRecord &record : *records)
        queue.push_back({record.id, record.rateClass});
    const std::vector<PartyWait> waits = estimateWaits(outlook, queue, at, m_graceMinutes);

    m_walkIns.clear();
    for (size_t i = 0; i < records->size(); ++i) {
        const storage::WalkInRecord &record = (*records)[i];
        m_walkIns.push_back(
            {record.id, record.name, record.party, record.rateClass, record.addedAt, waits[i]});
    }
    return {};
}

const TableTime::TableInfo *TableTime::tableInfo(qint64 tableId) const
{
    const auto found = std::find_if(m_tables.begin(), m_tables.end(),
                                    [tableId](const TableInfo &t) { return t.id == tableId; });
    return found == m_tables.end() ? nullptr : &*found;
}

const OpenSession *TableTime::openAt(qint64 tableId) const
{
    const auto found
        = std::find_if(m_sessions.begin(), m_sessions.end(),
                       [tableId](const OpenSession &s) { return s.tableId == tableId; });
    return found == m_sessions.end() ? nullptr : &*found;
}

std::optional<OpenSession> TableTime::sessionAt(qint64 tableId) const
{
    if (const OpenSession *session = openAt(tableId))
        return *session;
    return std::nullopt;
}

std::optional<QString> TableTime::rateClassOf(qint64 tableId) const
{
    if (const TableInfo *table = tableInfo(tableId))
        return table->rateClass;
    return std::nullopt;
}

QStringList TableTime::rateClasses() const
{
    std::set<QString> classes;
    for (const TableInfo &table : m_tables)
        classes.insert(table.rateClass);
    for (const RateRule &rule : m_rates)
        classes.insert(rule.rateClass);
    QStringList list;
    for (const QString &rateClass : classes)
        list.append(rateClass);
    return list;
}

Result<std::vector<Booking>> TableTime::bookingsToCheckIn(qint64 tableId) const
{
    if (!m_venueId)
        return Unexpected(noVenue().error());
    const QDateTime at = now();
    const Result<std::vector<storage::HeldBookingRecord>> held = m_sessionRepository->heldBookings(
        *m_venueId, at.addSecs(-qint64(m_graceMinutes) * 60), at.addSecs(kCheckInAheadSeconds));
    if (!held)
        return Unexpected(held.error());
    std::vector<Booking> bookings;
    for (const storage::HeldBookingRecord &record : *held) {
        const Booking booking = bookingFromRecord(record);
        if (record.tableId == tableId && record.state == u"booked"
            && !isReleased(booking, at, m_graceMinutes)
            && record.from < at.addSecs(kCheckInAheadSeconds))
            bookings.push_back(booking);
    }
    return bookings;
}

Result<qint64> TableTime::checkIn(const CheckIn &checkIn, const Actor &actor)
{
    if (!m_venueId)
        return Unexpected(noVenue().error());
    const TableInfo *table = tableInfo(checkIn.tableId);
    if (!table)
        return Unexpected(Tr::tr("There is no such table at this venue."));
    const bool hasRate = std::any_of(m_rates.begin(), m_rates.end(), [table](const RateRule &r) {
        return r.rateClass == table->rateClass;
    });
    if (!hasRate) {
        return Unexpected(Tr::tr("There is no rate for “%1” tables yet; a manager sets it under "
                                 "Venue → Rates….")
                              .arg(table->rateClass));
    }
    storage::CheckInRecord record;
    record.venueId = *m_venueId;
    record.tableId = table->id;
    record.tableName = table->name;
    record.rateClass = table->rateClass;
    record.name = checkIn.guest.trimmed();
    record.playerId = checkIn.playerId;
    record.member = checkIn.member;
    record.bookingId = checkIn.bookingId;
    record.at = now();
    if (checkIn.bookingId && record.name.isEmpty()) {
        const Result<storage::HeldBookingRecord> booking
            = m_sessionRepository->booking(*checkIn.bookingId);
        if (!booking)
            return Unexpected(booking.error());
        record.name = booking->name;
        if (!record.playerId)
            record.playerId = booking->playerId;
    }
    const Result<qint64> id = m_sessionRepository->checkIn(record, actor.auditName());
    if (!id)
        return id;
    static_cast<void>(readSessions());
    static_cast<void>(readWalkIns());
    Q_EMIT sessionsChanged();
    Q_EMIT tableChanged(table->id);
    Q_EMIT walkInsChanged();
    return id;
}

Result<void> TableTime::pause(qint64 tableId, const Actor &actor)
{
    const OpenSession *session = openAt(tableId);
    if (!session)
        return Unexpected(Tr::tr("No one is playing at that table."));
    if (Result<void> paused = m_sessionRepository->pause(session->id, now(), actor.auditName());
        !paused)
        return paused;
    static_cast<void>(readSessions());
    Q_EMIT sessionsChanged();
    Q_EMIT tableChanged(tableId);
    return {};
}

Result<void> TableTime::resume(qint64 tableId, const Actor &actor)
{
    const OpenSession *session = openAt(tableId);
    if (!session)
        return Unexpected(Tr::tr("No one is playing at that table."));
    if (Result<void> resumed = m_sessionRepository->resume(session->id, now(), actor.auditName());
        !resumed)
        return resumed;
    static_cast<void>(readSessions());
    Q_EMIT sessionsChanged();
    Q_EMIT tableChanged(tableId);
    return {};
}

Result<void> TableTime::move(qint64 fromTableId, qint64 toTableId, const Actor &actor)
{
    const OpenSession *session = openAt(fromTableId);
    if (!session)
        return Unexpected(Tr::tr("No one is playing at that table."));
    const TableInfo *to = tableInfo(toTableId);
    if (!to)
        return Unexpected(Tr::tr("There is no such table at this venue."));
    const bool hasRate = std::any_of(m_rates.begin(), m_rates.end(), [to](const RateRule &r) {
        return r.rateClass == to->rateClass;
    });
    if (!hasRate) {
        return Unexpected(Tr::tr("There is no rate for “%1” tables yet; a manager sets it under "
                                 "Venue → Rates….")
                              .arg(to->rateClass));
    }
    const storage::MoveRecord record{to->id, to->name, to->rateClass, now()};
    if (Result<void> moved = m_sessionRepository->move(session->id, record, actor.auditName());
        !moved)
        return moved;
    static_cast<void>(readSessions());
    static_cast<void>(readWalkIns());
    Q_EMIT sessionsChanged();
    Q_EMIT tableChanged(fromTableId);
    Q_EMIT tableChanged(toTableId);
    Q_EMIT walkInsChanged();
    return {};
}

Result<Receipt> TableTime::receiptNow(const OpenSession &session, const QDateTime &at) const
{
    std::vector<ReceiptStretch> stretches = session.stretches;
    std::vector<PlayedStretch> played;
    for (ReceiptStretch &stretch : stretches) {
        if (!stretch.played.to.isValid())
            stretch.played.to = at;
        played.push_back(stretch.played);
    }
    const Result<SessionCharge> charge = chargeSession(played, m_rates, session.member, m_zone);
    if (!charge)
        return Unexpected(charge.error());
    return makeReceipt(m_venueName, session.guest, session.member, stretches, *charge, m_currency,
                       m_zone);
}

Result<Receipt> TableTime::previewCheckout(qint64 tableId) const
{
    const OpenSession *session = openAt(tableId);
    if (!session)
        return Unexpected(Tr::tr("No one is playing at that table."));
    return receiptNow(*session, now());
}

Result<Receipt> TableTime::checkout(qint64 tableId, const Actor &actor)
{
    const OpenSession *session = openAt(tableId);
    if (!session)
        return Unexpected(Tr::tr("No one is playing at that table."));
    const QDateTime at = now();
    Result<Receipt> receipt = receiptNow(*session, at);
    if (!receipt)
        return receipt;
    storage::CheckoutRecord record;
    record.at = at;
    record.stretchCount = int(session->stretches.size());
    record.totalCents = receipt->totalCents;
    record.currency = m_currency;
    Receipt issued = *receipt;
    const Result<storage::ReceiptRecord> written = m_sessionRepository->checkout(
        session->id, record,
        [&issued](int number) {
            issued.number = number;
            return issued.text();
        },
        actor.auditName());
    if (!written)
        return Unexpected(written.error());
    static_cast<void>(readSessions());
    static_cast<void>(readReceipts());
    static_cast<void>(readWalkIns());
    Q_EMIT sessionsChanged();
    Q_EMIT tableChanged(tableId);
    Q_EMIT receiptsChanged();
    Q_EMIT walkInsChanged();
    return issued;
}

Result<void> TableTime::voidReceipt(qint64 receiptId, const QString &reason, const Actor &actor)
{
    const QString subject = QStringLiteral("receipt:%1").arg(receiptId);
    if (Result<void> may = checkAllowed(m_database, actor, Permission::VoidReceipt, subject); !may)
        return may;
    if (Result<void> voided
        = m_sessionRepository->voidReceipt(receiptId, reason, actor.auditName());
        !voided)
        return voided;
    static_cast<void>(readReceipts());
    Q_EMIT receiptsChanged();
    return {};
}

Result<void> TableTime::setRates(const std::vector<RateRule> &rates, const Actor &actor)
{
    if (!m_venueId)
        return noVenue();
    const QString subject = QStringLiteral("venue:%1").arg(*m_venueId);
    if (Result<void> may = checkAllowed(m_database, actor, Permission::ChangeRates, subject); !may)
        return may;
    for (const RateRule &rule : rates) {
        if (rule.blockMinutes != 15 && rule.blockMinutes != 30)
            return Unexpected(Tr::tr("Time is billed in blocks of 15 or 30 minutes."));
    }
    std::vector<storage::RateRuleRecord> records;
    for (const RateRule &rule : rates)
        records.push_back(internal::recordFromRateRule(rule, *m_venueId));
    if (Result<void> written
        = m_rateRepository->replaceRules(*m_venueId, records, actor.auditName());
        !written)
        return written;
    if (Result<void> read = readRates(); !read)
        return read;
    Q_EMIT ratesChanged();
    return {};
}

Result<qint64> TableTime::addWalkIn(const QString &name, int party, const QString &rateClass,
                                    const Actor &actor)
{
    if (!m_venueId)
        return Unexpected(noVenue().error());
    storage::WalkInRecord record;
    record.venueId = *m_venueId;
    record.name = name.trimmed();
    record.party = party;
    record.rateClass = rateClass;
    record.addedAt = now();
    const Result<qint64> id = m_walkInRepository->add(record, actor.auditName());
    if (!id)
        return id;
    static_cast<void>(readWalkIns());
    Q_EMIT walkInsChanged();
    return id;
}

Result<void> TableTime::walkInLeft(qint64 walkInId, const Actor &actor)
{
    if (Result<void> left
        = m_walkInRepository->finish(walkInId, QStringLiteral("left"), actor.auditName());
        !left)
        return left;
    static_cast<void>(readWalkIns());
    Q_EMIT walkInsChanged();
    return {};
}

Result<qint64> TableTime::seatWalkIn(qint64 walkInId, qint64 tableId, bool member,
                                     const Actor &actor)
{
    const auto party = std::find_if(m_walkIns.begin(), m_walkIns.end(),
                                    [walkInId](const WalkIn &w) { return w.id == walkInId; });
    if (party == m_walkIns.end())
        return Unexpected(Tr::tr("That party is no longer waiting."));
    CheckIn request;
    request.tableId = tableId;
    request.guest = party->name;
    request.member = member;
    const Result<qint64> session = checkIn(request, actor);
    if (!session)
        return session;
    if (Result<void> seated
        = m_walkInRepository->finish(walkInId, QStringLiteral("seated"), actor.auditName());
        !seated)
        return Unexpected(seated.error());
    static_cast<void>(readWalkIns());
    Q_EMIT walkInsChanged();
    return session;
}

} // namespace dojo::venue
