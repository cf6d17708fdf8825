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

// Runs a server program, as `postgres` when we are root; on failure its output says why.
Result<void> runServerTool(const QString &program, const QStringList &arguments,
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
        return Unexpected(QStringLiteral("cannot run %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return Unexpected(QStringLiteral("%1 did not finish in time").arg(program));
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).simplified();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Unexpected(output);
    return {};
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
            // Best effort: the folder goes either way.
            static_cast<void>(runServerTool(binDir + QStringLiteral("/pg_ctl"),
                                            {QStringLiteral("-D"), folder + QStringLiteral("/data"),
                                             QStringLiteral("-m"), QStringLiteral("immediate"),
                                             QStringLiteral("-w"), QStringLiteral("stop")},
                                            folder));
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

Result<void> PostgresServer::start()
{
    if (m_running)
        return {};
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        return Unexpected(QStringLiteral("PostgreSQL's initdb was found neither in "
                                         "/usr/lib/postgresql/15/bin, nor via pg_config --bindir, "
                                         "nor in PATH; install postgresql"));
    }
    // Another test may take the probed port before the server binds it: try a few.
    QString why;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        const Result<void> started = startOnce();
        if (started)
            return {};
        why = started.error();
        stop();
    }
    return Unexpected(QStringLiteral("cannot start a test PostgreSQL server: %1").arg(why));
}

Result<void> PostgresServer::startOnce()
{
    // Under /tmp, not $TMPDIR: the postgres user must be able to reach the folder.
    const QString base = runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
    removeOrphans(base, m_binDir);
    m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/dojo-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        return Unexpected(QStringLiteral("cannot create a temporary folder under %1: %2")
                              .arg(base, m_folder->errorString()));
    }
    const QString root = m_folder->path();
    QFile owner(ownerFile(root));
    if (!owner.open(QIODevice::WriteOnly)
        || owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0) {
        return Unexpected(QStringLiteral("cannot write %1").arg(owner.fileName()));
    }
    owner.close();
    if (runningAsRoot()) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            return Unexpected(QStringLiteral("running as root, but there is no postgres user to "
                                             "run the server as"));
        }
        if (::chown(QFile::encodeName(root).constData(), postgres->pw_uid, postgres->pw_gid) != 0
            || ::chmod(QFile::encodeName(root).constData(), 0700) != 0) {
            return Unexpected(QStringLiteral("cannot hand %1 to the postgres user").arg(root));
        }
    }

    const QString data = root + QStringLiteral("/data");
    const Result<void> init = runServerTool(
        m_binDir + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), data, QStringLiteral("--auth=trust"), QStringLiteral("-U"),
         QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
        root);
    if (!init)
        return Unexpected(QStringLiteral("initdb failed: %1").arg(init.error()));

    m_port = freePort();
    if (m_port == 0)
        return Unexpected(QStringLiteral("cannot find a free TCP port on 127.0.0.1"));
    // fsync off and small buffers: the data is thrown away and the machine is shared.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -F "
                                           "-c shared_buffers=16MB -c max_connections=40")
                                .arg(m_port)
                                .arg(root);
    const Result<void> started = runServerTool(
        m_binDir + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), data, QStringLiteral("-l"), root + QStringLiteral("/server.log"),
         QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"),
         QStringLiteral("30"), QStringLiteral("start")},
        root);
    if (!started)
        return Unexpected(
            QStringLiteral("pg_ctl start failed: %1 %2").arg(started.error(), logTail()));
    m_running = true;
    return createDatabase(databaseName());
}

Result<void> PostgresServer::createDatabase(const QString &name)
{
    if (!m_running)
        return Unexpected(QStringLiteral("the test PostgreSQL server is not running"));
    const Result<void> created = runServerTool(
        m_binDir + QStringLiteral("/createdb"),
        {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
         QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), name},
        m_folder->path());
    if (!created)
        return Unexpected(QStringLiteral("createdb %1 failed: %2").arg(name, created.error()));
    return {};
}

Result<void> PostgresServer::emptyDatabase(const QString &name)
{
    const Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::openUnmigrated(location(name));
    if (!opened)
        return Unexpected(opened.error());
    QSqlQuery query((*opened)->connection());
    // The NOTICE listing every dropped table would only clutter the test output.
    for (const char *statement : {"SET client_min_messages = warning", "DROP SCHEMA public CASCADE",
                                  "CREATE SCHEMA public"}) {
        if (!query.exec(QLatin1String(statement))) {
            return Unexpected(QStringLiteral("cannot empty the database %1: %2")
                                  .arg(name, query.lastError().text()));
        }
    }
    return {};
}

void PostgresServer::stop()
{
    if (m_running) {
        // Best effort: the folder and the server's files go either way.
        static_cast<void>(runServerTool(
            m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_folder->path() + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
            m_folder->path()));
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
