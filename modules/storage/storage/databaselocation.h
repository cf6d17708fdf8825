#pragma once

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

struct DatabaseLocationParse
{
    std::optional<DatabaseLocation> location;
    QString error; // one line saying what is wrong with the URL
};

// Accepts postgresql://user:pass@host:port/db (also postgres://; user, password and port
// are optional; percent-encoding is decoded) and sqlite:PATH or sqlite:///absolute/path.
DatabaseLocationParse parseDatabaseUrl(const QString &url);

// The default: dojopool.sqlite inside the data folder.
DatabaseLocation sqliteInDataFolder(const QString &dataFolder);

} // namespace dojo::storage
