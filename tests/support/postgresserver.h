#pragma once

#include <core/result.h>
#include <storage/databaselocation.h>

#include <QString>

#include <memory>

class QTemporaryDir;

namespace dojo::testsupport {

// A throw-away PostgreSQL server for one test run: initdb into a fresh temporary folder,
// trust authentication, 127.0.0.1 on a free port, removed again by stop() or the destructor.
// As root it runs the server as the `postgres` user, since PostgreSQL refuses root.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Starts the server and creates the database "dojo_test"; refused with one line.
    Result<void> start();
    void stop();
    bool isRunning() const { return m_running; }

    // Creates another empty database on the running server.
    Result<void> createDatabase(const QString &name);
    // Empties a database by recreating its public schema: far quicker than a new database.
    Result<void> emptyDatabase(const QString &name);

    storage::DatabaseLocation location() const { return location(databaseName()); }
    storage::DatabaseLocation location(const QString &databaseName) const;
    QString url() const;
    static QString databaseName() { return QStringLiteral("dojo_test"); }
    int port() const { return m_port; }

private:
    Result<void> startOnce();
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace dojo::testsupport
