#pragma once

#include <core/result.h>

#include <QElapsedTimer>
#include <QLatin1String>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <initializer_list>
#include <optional>

namespace dojo::storage {

class Database;

// The kinds of data a change touched, as the feed names them (a NOTIFY payload's words).
namespace change {
inline constexpr QLatin1String kVenue("venue"); // venues, their settings, dojo_properties
inline constexpr QLatin1String kTables("tables");
inline constexpr QLatin1String kPlayers("players");
inline constexpr QLatin1String kStaff("staff");
inline constexpr QLatin1String kRates("rates");
inline constexpr QLatin1String kBookings("bookings");
inline constexpr QLatin1String
    kSessions("sessions");                          // table sessions, stretches, receipts, walk-ins
inline constexpr QLatin1String kMatches("matches"); // matches, racks, match steps
inline constexpr QLatin1String kAudit("audit");
inline constexpr QLatin1String kLeases("leases");
inline constexpr QLatin1String kResults("results"); // results entered by hand
inline constexpr QLatin1String kQueue("queue");     // the match queue
inline constexpr QLatin1String kChallenges("challenges");
inline constexpr QLatin1String kEvents("events");           // venue events and their sign-ups
inline constexpr QLatin1String kTournaments("tournaments"); // with entries, matches, results
// The backups taken (storage/backuprepository.h) and the stamp of the newest change: no change
// of the venue's data.
inline constexpr QLatin1String kBackups("backups");
inline constexpr QLatin1String kAny("any"); // not known: every kind may have changed
} // namespace change

// What OTHER connections (another window, `serve`, another PC) changed in the database, so a
// model can read it again. The connection's own writes are not reported: its models already
// know them. PostgreSQL: LISTEN on the channel every write transaction NOTIFYs when it commits
// (the kinds it wrote); SQLite: PRAGMA data_version polled every 300 ms, which moves only when
// another connection commits (kinds: "any"). A burst of changes comes as one signal, at most
// one every 200 ms.
//
// The feed watches the connection's socket on the event loop of the thread that owns the
// database (the GUI thread for a window); it must not outlive the Database.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

    // Starts following; refused with one line when the database cannot be followed.
    Result<void> start();
    bool isFollowing() const { return m_following; }

    // True when a change of `kinds` (a changed() signal's) may concern any of `wanted`.
    static bool concerns(const QStringList &kinds, std::initializer_list<QLatin1String> wanted);

Q_SIGNALS:
    // Sorted kinds (change::kTables ...), or just change::kAny.
    void changed(const QStringList &kinds);
    // The feed stopped: the connection was lost. One sentence for a person; no more changes
    // come until the program opens the database again.
    void lost(const QString &why);

private:
    void takeNotification(const QString &channel, bool fromOthers, const QString &payload);
    void poll();
    void note(const QStringList &kinds);
    void flush();
    void stop(const QString &why);

    Database &m_database;
    QTimer m_poll;  // SQLite: data_version; PostgreSQL: whether the connection still stands
    QTimer m_flush; // gathers a burst into one signal
    QElapsedTimer m_sinceSignal;
    QStringList m_pending;
    std::optional<qint64> m_dataVersion;
    bool m_following = false;
};

} // namespace dojo::storage
