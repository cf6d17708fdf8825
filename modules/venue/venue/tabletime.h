#pragma once

#include "venue/billing.h"
#include "venue/receipt.h"
#include "venue/staff.h"
#include "venue/tablestatus.h"
#include "venue/walkinwait.h"

#include <core/result.h>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::storage {
class Database;
class RateRepository;
class SessionRepository;
class WalkInRepository;
} // namespace dojo::storage

namespace dojo::venue {

// A table's open session as the desk sees it.
struct OpenSession
{
    qint64 id = 0;
    qint64 tableId = 0;
    QString tableName;
    QString guest;
    bool member = false;
    SessionState state = SessionState::Running;
    QDateTime startedAt; // UTC
    std::optional<qint64> bookingId;
    std::optional<QDateTime> bookedUntil;  // the end of the booking it was checked in from
    std::vector<ReceiptStretch> stretches; // the open one ends now, when read
};

// A party waiting for a table, with its estimated wait.
struct WalkIn
{
    qint64 id = 0;
    QString name;
    int party = 2;
    QString rateClass; // empty: any table
    QDateTime addedAt;
    PartyWait wait;
};

// A receipt issued today.
struct IssuedReceipt
{
    qint64 id = 0;
    int number = 0;
    Cents totalCents = 0;
    QString currency;
    QString text;
    QDateTime issuedAt;
    bool voided = false;
};

// Who checks in: from a booking (its name and player unless given), or a walk-in.
struct CheckIn
{
    qint64 tableId = 0;
    QString guest;
    std::optional<qint64> playerId;
    bool member = false;
    std::optional<qint64> bookingId;
};

// The venue's table time for the screens: its open sessions, the walk-in queue, today's
// receipts and the rate rules. Every change is written first (audited, naming the Actor),
// then read back and signalled.
class TableTime : public QObject
{
    Q_OBJECT

public:
    explicit TableTime(storage::Database &database, QObject *parent = nullptr);
    ~TableTime() override;

    // The clock every change is stamped with; tests step their own.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;

    // Reads the venue's sessions, queue, receipts since the venue's midnight and rates.
    Result<void> load(qint64 venueId);
    Result<void> reload();
    std::optional<qint64> venueId() const { return m_venueId; }
    QString venueName() const { return m_venueName; }
    QString currency() const { return m_currency; }
    QTimeZone timeZone() const { return m_zone; }

    const std::vector<OpenSession> &sessions() const { return m_sessions; }
    std::optional<OpenSession> sessionAt(qint64 tableId) const;
    const std::vector<WalkIn> &walkIns() const { return m_walkIns; }
    const std::vector<IssuedReceipt> &receipts() const { return m_receipts; }
    const std::vector<RateRule> &rates() const { return m_rates; }
    // The rate class of a table of the venue: its own, or its size's.
    std::optional<QString> rateClassOf(qint64 tableId) const;
    // Every rate class the venue's tables use, and those with rules, sorted.
    QStringList rateClasses() const;

    // The table's bookings that may be checked in now: not yet checked in, from the grace
    // before their start to an hour ahead.
    Result<std::vector<Booking>> bookingsToCheckIn(qint64 tableId) const;
    Result<qint64> checkIn(const CheckIn &checkIn, const Actor &actor);
    Result<void> pause(qint64 tableId, const Actor &actor);
    Result<void> resume(qint64 tableId, const Actor &actor);
    Result<void> move(qint64 fromTableId, qint64 toTableId, const Actor &actor);
    // What the table's session would cost if checked out now, as its receipt (number 0).
    Result<Receipt> previewCheckout(qint64 tableId) const;
    // Closes the table's session and issues its receipt.
    Result<Receipt> checkout(qint64 tableId, const Actor &actor);
    // A manager's only (Permission::VoidReceipt): refused and audited for anyone else.
    Result<void> voidReceipt(qint64 receiptId, const QString &reason, const Actor &actor);
    // A manager's only (Permission::ChangeRates): refused and audited for anyone else.
    Result<void> setRates(const std::vector<RateRule> &rates, const Actor &actor);

    Result<qint64> addWalkIn(const QString &name, int party, const QString &rateClass,
                             const Actor &actor);
    Result<void> walkInLeft(qint64 walkInId, const Actor &actor);
    // Checks the party in at the table and takes it off the queue.
    Result<qint64> seatWalkIn(qint64 walkInId, qint64 tableId, bool member, const Actor &actor);

Q_SIGNALS:
    void sessionsChanged();            // a session started, paused, resumed, moved or ended
    void tableChanged(qint64 tableId); // a table's session: its status may have changed
    void walkInsChanged();
    void receiptsChanged();
    void ratesChanged();

private:
    struct TableInfo
    {
        qint64 id = 0;
        QString name;
        QString rateClass;
        bool outOfOrder = false;
    };
    const TableInfo *tableInfo(qint64 tableId) const;
    const OpenSession *openAt(qint64 tableId) const;
    Result<void> readSessions();
    Result<void> readWalkIns();
    Result<void> readReceipts();
    Result<void> readRates();
    Result<void> readTables();
    Result<void> noVenue() const;
    Result<Receipt> receiptNow(const OpenSession &session, const QDateTime &at) const;

    storage::Database &m_database;
    std::unique_ptr<storage::SessionRepository> m_sessionRepository;
    std::unique_ptr<storage::RateRepository> m_rateRepository;
    std::unique_ptr<storage::WalkInRepository> m_walkInRepository;
    std::function<QDateTime()> m_now;
    std::optional<qint64> m_venueId;
    QString m_venueName;
    QString m_currency;
    QTimeZone m_zone;
    int m_graceMinutes = kDefaultGraceMinutes;
    std::vector<TableInfo> m_tables;
    std::vector<OpenSession> m_sessions;
    std::vector<WalkIn> m_walkIns;
    std::vector<IssuedReceipt> m_receipts;
    std::vector<RateRule> m_rates;
};

} // namespace dojo::venue
