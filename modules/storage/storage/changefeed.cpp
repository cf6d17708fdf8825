#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/internal/changenotice.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dojo::storage {

using internal::Tr;

namespace {

// SQLite has no notifications: data_version is cheap to ask, a few times a second.
constexpr int kSQLitePollMs = 300;
// PostgreSQL's socket tells at once; the poll only notices a connection that went away.
constexpr int kConnectionCheckMs = 1000;
// At most one changed() signal this often, so a burst of writes reloads a model once.
constexpr int kQuietMs = 200;

} // namespace

ChangeFeed::ChangeFeed(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &ChangeFeed::flush);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
}

// The connection stays subscribed: another feed on it may still listen, and QPSQL drains what
// nobody hears.
ChangeFeed::~ChangeFeed() = default;

Result<void> ChangeFeed::start()
{
    if (m_following)
        return {};
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Unexpected(Tr::tr("cannot follow the changes made on other PCs: the connection "
                                 "to the database is closed"));
    if (m_database.isPostgreSQL()) {
        QSqlDriver *driver = db.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    takeNotification(channel, source == QSqlDriver::OtherSource,
                                     payload.toString());
                });
        if (!driver->subscribeToNotification(internal::changeChannel())) {
            disconnect(driver, nullptr, this, nullptr);
            return Unexpected(Tr::tr("cannot follow the changes made on other PCs: %1")
                                  .arg(internal::oneLine(driver->lastError())));
        }
        m_poll.start(kConnectionCheckMs);
    } else {
        Result<QSqlQuery> version = internal::execute(db, QStringLiteral("PRAGMA data_version"));
        if (!version || !version->next())
            return Unexpected(
                Tr::tr("cannot follow the changes made on other PCs: %1")
                    .arg(version ? internal::oneLine(version->lastError()) : version.error()));
        m_dataVersion = version->value(0).toLongLong();
        m_poll.start(kSQLitePollMs);
    }
    m_following = true;
    return {};
}

bool ChangeFeed::concerns(const QStringList &kinds, std::initializer_list<QLatin1String> wanted)
{
    if (kinds.contains(change::kAny))
        return true;
    return std::any_of(wanted.begin(), wanted.end(),
                       [&](QLatin1String kind) { return kinds.contains(kind); });
}

void ChangeFeed::takeNotification(const QString &channel, bool fromOthers, const QString &payload)
{
    // Our own connection's writes are known to its models already.
    if (channel != internal::changeChannel() || !fromOthers)
        return;
    note(internal::kindsFromPayload(payload));
}

void ChangeFeed::poll()
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.isPostgreSQL()) {
        // The driver reads the socket as it becomes readable; a closed one leaves it not open.
        if (!db.isOpen())
            stop(Tr::tr("The connection to the database was lost: changes made on other PCs "
                        "are not shown until DojoPool opens the database again."));
        return;
    }
    Result<QSqlQuery> version = internal::execute(db, QStringLiteral("PRAGMA data_version"));
    if (!version || !version->next()) {
        stop(Tr::tr("The database can no longer be read (%1): changes made by other programs "
                    "are not shown until DojoPool opens it again.")
                 .arg(version ? internal::oneLine(version->lastError()) : version.error()));
        return;
    }
    const qint64 now = version->value(0).toLongLong();
    if (m_dataVersion && *m_dataVersion != now)
        note({QString(change::kAny)});
    m_dataVersion = now;
}

void ChangeFeed::note(const QStringList &kinds)
{
    for (const QString &kind : kinds) {
        if (!m_pending.contains(kind))
            m_pending.append(kind);
    }
    if (m_flush.isActive())
        return;
    // At once (after the notifications read with this one), or when the quiet time is over.
    const qint64 since = m_sinceSignal.isValid() ? m_sinceSignal.elapsed() : kQuietMs;
    m_flush.start(int(std::max<qint64>(0, kQuietMs - since)));
}

void ChangeFeed::flush()
{
    if (m_pending.isEmpty())
        return;
    QStringList kinds = m_pending.contains(change::kAny) ? QStringList{change::kAny} : m_pending;
    m_pending.clear();
    std::sort(kinds.begin(), kinds.end());
    m_sinceSignal.start();
    Q_EMIT changed(kinds);
}

void ChangeFeed::stop(const QString &why)
{
    m_poll.stop();
    m_following = false;
    if (m_database.isPostgreSQL())
        disconnect(m_database.connection().driver(), nullptr, this, nullptr);
    Q_EMIT lost(why);
}

} // namespace dojo::storage
