#include "storage/internal/changenotice.h"

#include "storage/changefeed.h"
#include "storage/internal/sqltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <algorithm>

namespace dojo::storage::internal {

namespace {

// Statements that change no row: reads and the transaction's own bookkeeping.
bool changesNothing(const QString &firstWord)
{
    static const QStringList words{
        QStringLiteral("SELECT"),   QStringLiteral("BEGIN"),    QStringLiteral("COMMIT"),
        QStringLiteral("ROLLBACK"), QStringLiteral("END"),      QStringLiteral("SAVEPOINT"),
        QStringLiteral("RELEASE"),  QStringLiteral("SET"),      QStringLiteral("SHOW"),
        QStringLiteral("LISTEN"),   QStringLiteral("UNLISTEN"), QStringLiteral("NOTIFY"),
        QStringLiteral("PRAGMA"),   QStringLiteral("EXPLAIN"),  QStringLiteral("LOCK"),
        QStringLiteral("VALUES")};
    return words.contains(firstWord, Qt::CaseInsensitive);
}

QString kindOfTable(const QString &table)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("venues"), change::kVenue},
        {QStringLiteral("dojo_properties"), change::kVenue},
        {QStringLiteral("pool_tables"), change::kTables},
        {QStringLiteral("players"), change::kPlayers},
        {QStringLiteral("audit_log"), change::kAudit},
        {QStringLiteral("matches"), change::kMatches},
        {QStringLiteral("racks"), change::kMatches},
        {QStringLiteral("match_steps"), change::kMatches},
        {QStringLiteral("staff"), change::kStaff},
        {QStringLiteral("rate_rules"), change::kRates},
        {QStringLiteral("bookings"), change::kBookings},
        {QStringLiteral("table_sessions"), change::kSessions},
        {QStringLiteral("session_stretches"), change::kSessions},
        {QStringLiteral("receipts"), change::kSessions},
        {QStringLiteral("walk_ins"), change::kSessions},
        {QStringLiteral("table_leases"), change::kLeases},
        {QStringLiteral("results"), change::kResults},
        {QStringLiteral("match_queue"), change::kQueue},
        {QStringLiteral("challenges"), change::kChallenges},
        {QStringLiteral("venue_events"), change::kEvents},
        {QStringLiteral("event_signups"), change::kEvents},
        {QStringLiteral("tournaments"), change::kTournaments},
        {QStringLiteral("tournament_entries"), change::kTournaments},
        {QStringLiteral("tournament_matches"), change::kTournaments},
        {QStringLiteral("tournament_results"), change::kTournaments},
        {QStringLiteral("backups"), change::kBackups},
        {QStringLiteral("dojo_changes"), change::kBackups}};
    return kinds.value(table.toLower(), change::kAny);
}

struct Classified
{
    std::optional<QString> kind;
    bool rowWrite = false; // an INSERT, UPDATE or DELETE: it may have matched no row
};

Classified classify(const QString &sql)
{
    static const QRegularExpression firstWord(QStringLiteral("^\\s*([A-Za-z]+)"));
    static const QRegularExpression write(
        QStringLiteral("(?:^|\\s)(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|"
                       "DELETE\\s+FROM)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch first = firstWord.match(sql);
    if (!first.hasMatch())
        return {};
    const QString word = first.captured(1).toUpper();
    const QRegularExpressionMatch written = write.match(sql);
    // A WITH may wrap a read or a write; only a write in it changes something.
    if (word == u"WITH")
        return {written.hasMatch() ? std::optional(kindOfTable(written.captured(1))) : std::nullopt,
                false};
    if (changesNothing(word))
        return {};
    const bool rowWrite = word == u"INSERT" || word == u"UPDATE" || word == u"DELETE";
    if (rowWrite && written.hasMatch() && written.capturedStart(0) <= first.capturedStart(1))
        return {kindOfTable(written.captured(1)), true};
    return {QString(change::kAny), rowWrite};
}

// This connection's row of the newest change: the PC, the process (with a random part, as pids
// come again) and the connection, so no two writers ever update the same row.
QString writerKey(const QSqlDatabase &db)
{
    static const QString process
        = QStringLiteral("%1 pid %2 %3")
              .arg(QSysInfo::machineHostName())
              .arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return process + u' ' + db.connectionName();
}

// The database's clock as utcText() writes it, so stamps from several PCs compare as text.
QString clockNow(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                              "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace

std::optional<QString> changeKindOf(const QString &sql)
{
    return classify(sql).kind;
}

QString changePayload(QStringList kinds)
{
    kinds.removeDuplicates();
    std::sort(kinds.begin(), kinds.end());
    if (kinds.contains(change::kAny))
        return change::kAny;
    QString payload = kinds.join(u',');
    return payload.size() < 100 ? payload : QString(change::kAny);
}

QStringList kindsFromPayload(const QString &payload)
{
    QStringList kinds = payload.split(u',', Qt::SkipEmptyParts);
    return kinds.isEmpty() ? QStringList{change::kAny} : kinds;
}

void noteChange(QStringList &kinds, const QString &sql, const QSqlQuery &ran)
{
    const Classified change = classify(sql);
    // QPSQL reads rows one by one, so a statement with rows has no count: 0.
    if (!change.kind || (change.rowWrite && !ran.isSelect() && ran.numRowsAffected() == 0))
        return;
    if (!kinds.contains(*change.kind))
        kinds.append(*change.kind);
}

std::optional<QString> tellChanges(const QSqlDatabase &db, const QStringList &kinds)
{
    if (kinds.isEmpty() || dialectOf(db) != Dialect::PostgreSQL)
        return std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT pg_notify(?, ?)")))
        return oneLine(query.lastError());
    query.addBindValue(changeChannel());
    query.addBindValue(changePayload(kinds));
    if (!query.exec())
        return oneLine(query.lastError());
    return std::nullopt;
}

bool changesVenueData(const QStringList &kinds)
{
    return std::any_of(kinds.begin(), kinds.end(), [](const QString &kind) {
        return kind != change::kLeases && kind != change::kBackups;
    });
}

std::optional<QString> stampChanges(const QSqlDatabase &db, const QStringList &kinds)
{
    if (!changesVenueData(kinds))
        return std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One row per connection: writers on other connections never wait for this one's row.
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (writer, changed_at) VALUES (?, %2) "
                                      "ON CONFLICT (writer) DO UPDATE SET changed_at = "
                                      "excluded.changed_at")
                           .arg(changeStampTable(), clockNow(dialectOf(db))))) {
        return oneLine(query.lastError());
    }
    query.addBindValue(writerKey(db));
    if (!query.exec())
        return oneLine(query.lastError());
    return std::nullopt;
}

} // namespace dojo::storage::internal
