#pragma once

#include <core/result.h>

#include <QString>

#include <optional>

namespace dojo::storage {

// Where the venue's data lives: an SQLite file (one venue, the default) or a PostgreSQL
// server (a chain of venues sharing one database).
struct DatabaseLocation
{
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString sqlitePath; // SQLite: the database file
    QString host;       // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    // For people and logs; never shows the password: "SQLite /path/dojopool.sqlite",
    // "PostgreSQL dojo@db.local:5432/venue".
    QString describe() const;
};

// Accepts postgresql://user:pass@host:port/db (also postgres://; user, password and port
// are optional; percent-encoding is decoded) and sqlite:PATH or sqlite:///absolute/path.
// Refused with one line saying what is wrong, never quoting a password.
Result<DatabaseLocation> parseDatabaseUrl(const QString &url);

// The default: dojopool.sqlite inside the data folder.
DatabaseLocation sqliteInDataFolder(const QString &dataFolder);

} // namespace dojo::storage
