#include "postgresserver.h"

#include <storage/database.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dojo::testsupport {

namespace {

constexpr int kStartAttempts = 3;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The Debian packages keep the server binaries out of PATH.
QString findBinDir()
{
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (QFileInfo(debian + QStringLiteral("/initdb")).isExecutable())
        return debian;
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
            return dir;
    }
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return inPath.isEmpty() ? QString() : QFileInfo(inPath).absolutePath();
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Outcome
{
    bool ok = false;
    QString output;
};

// Runs a server program, as `postgres` when we are root; the output is kept for errors.
Outcome runServerTool(const QString &program, const QStringList &arguments,
                      const QString &workingDir, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(environment);
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program}
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForStarted(10000))
        return {false, QStringLiteral("cannot run %1: %2").arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {false, QStringLiteral("%1 did not finish in time").arg(program)};
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).simplified();
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return {ok, output};
}

QString ownerFile(const QString &folder)
{
    return folder + QStringLiteral("/owner.pid");
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

// A test process that crashed or was killed by a timeout never ran stop(): its server would
// run on forever. Stop and remove the servers whose owning process is gone.
void removeOrphans(const QString &base, const QString &binDir)
{
    const QStringList folders
        = QDir(base).entryList({QStringLiteral("dojo-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QString folder = base + u'/' + name;
        QFile owner(ownerFile(folder));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        if (!processIsGone(owner.readAll().trimmed().toLongLong()))
            continue;
        if (QFile::exists(folder + QStringLiteral("/data/postmaster.pid"))) {
            runServerTool(binDir + QStringLiteral("/pg_ctl"),
                          {QStringLiteral("-D"), folder + QStringLiteral("/data"),
                           QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                           QStringLiteral("stop")},
                          folder);
        }
        QDir(folder).removeRecursively();
    }
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::start(QString *error)
{
    if (m_running)
        return true;
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL's initdb was found neither in "
                                "/usr/lib/postgresql/15/bin, nor via pg_config --bindir, nor in "
                                "PATH; install postgresql");
        return false;
    }
    // Another test may take the probed port before the server binds it: try a few.
    QString why;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        if (startOnce(&why))
            return true;
        stop();
    }
    *error = QStringLiteral("cannot start a test PostgreSQL server: ") + why;
    return false;
}

bool PostgresServer::startOnce(QString *error)
{
    // Under /tmp, not $TMPDIR: the postgres user must be able to reach the folder.
    const QString base = runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
    removeOrphans(base, m_binDir);
    m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/dojo-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder under %1: %2")
                     .arg(base, m_folder->errorString());
        return false;
    }
    const QString root = m_folder->path();
    QFile owner(ownerFile(root));
    if (!owner.open(QIODevice::WriteOnly)
        || owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0) {
        *error = QStringLiteral("cannot write %1").arg(owner.fileName());
        return false;
    }
    owner.close();
    if (runningAsRoot()) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("running as root, but there is no postgres user to run the "
                                    "server as");
            return false;
        }
        if (::chown(QFile::encodeName(root).constData(), postgres->pw_uid, postgres->pw_gid) != 0
            || ::chmod(QFile::encodeName(root).constData(), 0700) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(root);
            return false;
        }
    }

    const QString data = root + QStringLiteral("/data");
    const Outcome init = runServerTool(m_binDir + QStringLiteral("/initdb"),
                                       {QStringLiteral("-D"), data, QStringLiteral("--auth=trust"),
                                        QStringLiteral("-U"), QStringLiteral("postgres"),
                                        QStringLiteral("-E"), QStringLiteral("UTF8"),
                                        QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                                       root);
    if (!init.ok) {
        *error = QStringLiteral("initdb failed: ") + init.output;
        return false;
    }

    m_port = freePort();
    if (m_port == 0) {
        *error = QStringLiteral("cannot find a free TCP port on 127.0.0.1");
        return false;
    }
    // fsync off and small buffers: the data is thrown away and the machine is shared.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -F "
                                           "-c shared_buffers=16MB -c max_connections=40")
                                .arg(m_port)
                                .arg(root);
    const Outcome started = runServerTool(
        m_binDir + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), data, QStringLiteral("-l"), root + QStringLiteral("/server.log"),
         QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"),
         QStringLiteral("30"), QStringLiteral("start")},
        root);
    if (!started.ok) {
        *error = QStringLiteral("pg_ctl start failed: %1 %2").arg(started.output, logTail());
        return false;
    }
    m_running = true;
    return createDatabase(databaseName(), error);
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    if (!m_running) {
        *error = QStringLiteral("the test PostgreSQL server is not running");
        return false;
    }
    const Outcome created = runServerTool(m_binDir + QStringLiteral("/createdb"),
                                          {QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                           QStringLiteral("-p"), QString::number(m_port),
                                           QStringLiteral("-U"), QStringLiteral("postgres"), name},
                                          m_folder->path());
    if (!created.ok) {
        *error = QStringLiteral("createdb %1 failed: %2").arg(name, created.output);
        return false;
    }
    return true;
}

bool PostgresServer::emptyDatabase(const QString &name, QString *error)
{
    const Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::openUnmigrated(location(name));
    if (!opened) {
        *error = opened.error();
        return false;
    }
    QSqlQuery query((*opened)->connection());
    // The NOTICE listing every dropped table would only clutter the test output.
    for (const char *statement : {"SET client_min_messages = warning", "DROP SCHEMA public CASCADE",
                                  "CREATE SCHEMA public"}) {
        if (!query.exec(QLatin1String(statement))) {
            *error = QStringLiteral("cannot empty the database %1: %2")
                         .arg(name, query.lastError().text());
            return false;
        }
    }
    return true;
}

void PostgresServer::stop()
{
    if (m_running) {
        runServerTool(m_binDir + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("-D"), m_folder->path() + QStringLiteral("/data"),
                       QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                       QStringLiteral("stop")},
                      m_folder->path());
        m_running = false;
    }
    m_folder.reset(); // removes the folder
    m_port = 0;
}

storage::DatabaseLocation PostgresServer::location(const QString &databaseName) const
{
    storage::DatabaseLocation location;
    location.kind = storage::DatabaseLocation::Kind::PostgreSQL;
    location.host = QStringLiteral("127.0.0.1");
    location.port = m_port;
    location.user = QStringLiteral("postgres");
    location.databaseName = databaseName;
    return location;
}

QString PostgresServer::url() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(databaseName());
}

QString PostgresServer::logTail() const
{
    if (!m_folder)
        return {};
    QFile log(m_folder->path() + QStringLiteral("/server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    return QStringLiteral("(server log: %1)")
        .arg(QString::fromLocal8Bit(lines.constLast()).simplified());
}

} // namespace dojo::testsupport
