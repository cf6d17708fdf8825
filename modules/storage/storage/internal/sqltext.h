#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace dojo::storage::internal {

// Driver messages span lines (PostgreSQL adds LINE/HINT); people get one line.
QString oneLine(const QString &text);
QString oneLine(const QSqlError &error);

// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString notNull(const QString &text);

enum class Dialect { SQLite, PostgreSQL };

Dialect dialectOf(const QSqlDatabase &db);

// Replaces the migration placeholders {id} and {timestamp} with the dialect's column types.
QString expandPlaceholders(const QString &statement, Dialect dialect);

// Now as ISO 8601 UTC text with milliseconds, the form every {timestamp} column holds.
QString utcNowText();
QString utcText(const QDateTime &at);
QDateTime utcFromText(const QString &text);

} // namespace dojo::storage::internal
