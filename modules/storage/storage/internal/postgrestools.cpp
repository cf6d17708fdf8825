#include "storage/internal/postgrestools.h"

#include "storage/internal/storagetr.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

#include <signal.h>
#include <sys/prctl.h>

namespace dojo::storage::internal {

namespace {

constexpr int kStartMs = 10000;

// The environment the tools connect with; nothing of it appears on a command line.
QProcessEnvironment environmentFor(const DatabaseLocation &location)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A service file or a host address in the environment would point elsewhere.
    for (const char *name : {"PGSERVICE", "PGSERVICEFILE", "PGHOSTADDR"})
        environment.remove(QLatin1String(name));
    if (!location.host.isEmpty())
        environment.insert(QStringLiteral("PGHOST"), location.host);
    environment.insert(QStringLiteral("PGPORT"), QString::number(location.port));
    if (!location.user.isEmpty())
        environment.insert(QStringLiteral("PGUSER"), location.user);
    if (!location.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), location.password);
    environment.insert(QStringLiteral("PGDATABASE"), location.databaseName);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("5"));
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("dojopool"));
    return environment;
}

// A tool started here dies with the process (a killed backup leaves no pg_dump running on).
void diesWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

// What a tool said on stderr, in one line, without its name in front.
QString toolSaid(QProcess &process, const QString &tool)
{
    QString said = QString::fromLocal8Bit(process.readAllStandardError()).simplified();
    if (said.startsWith(tool + QLatin1String(": ")))
        said = said.mid(tool.size() + 2);
    if (said.size() > 400)
        said = said.left(400) + QStringLiteral("...");
    if (said.isEmpty())
        said = Tr::tr("it ended with status %1").arg(process.exitCode());
    return said;
}

// Runs a tool to its end and answers with what it wrote on stdout.
Result<QByteArray> runTool(const QString &name, const QStringList &arguments,
                           const QProcessEnvironment &environment)
{
    const Result<QString> tool = postgresTool(name);
    if (!tool)
        return Unexpected(tool.error());
    QProcess process;
    process.setProcessEnvironment(environment);
    diesWithParent(process);
    process.start(*tool, arguments);
    if (!process.waitForStarted(kStartMs))
        return Unexpected(Tr::tr("cannot run %1: %2").arg(name, process.errorString()));
    QByteArray out;
    while (!process.waitForFinished(200))
        out += process.readAllStandardOutput();
    out += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Unexpected(Tr::tr("%1 failed: %2").arg(name, toolSaid(process, name)));
    return out;
}

// The rows of COPY blocks in a pg_restore script, handed over by table (without its schema)
// with the columns' names.
void readCopyRows(const QByteArray &script,
                  const std::function<void(const QString &table, const QStringList &columns,
                                           const QList<QByteArray> &fields)> &row)
{
    static const QRegularExpression copy(
        QStringLiteral("^COPY (?:[^ .]+\\.)?\"?([A-Za-z0-9_]+)\"? \\((.*)\\) FROM stdin;$"));
    QString table;
    QStringList columns;
    for (const QByteArray &line : script.split('\n')) {
        if (table.isEmpty()) {
            const QRegularExpressionMatch match = copy.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                table = match.captured(1);
                columns = match.captured(2).remove(u'"').split(QStringLiteral(", "));
            }
            continue;
        }
        if (line == "\\.") {
            table.clear();
            continue;
        }
        row(table, columns, line.split('\t'));
    }
}

} // namespace

Result<QString> postgresTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        // Debian keeps every version's tools in its own folder; the newest reads every dump.
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCollator numeric;
        numeric.setNumericMode(true);
        std::sort(versions.begin(), versions.end(),
                  [&numeric](const QString &a, const QString &b) { return numeric(b, a); });
        for (const QString &version : versions) {
            const QString candidate
                = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
            if (QFileInfo(candidate).isExecutable()) {
                found = candidate;
                break;
            }
        }
    }
    if (found.isEmpty())
        return Unexpected(Tr::tr("%1 is not installed: a PostgreSQL venue's backups need "
                                 "PostgreSQL's client tools (on Debian: apt install "
                                 "postgresql-client)")
                              .arg(name));
    return found;
}

Result<void> dumpPostgres(const DatabaseLocation &location, const QString &file,
                          const std::function<void(qint64 bytes)> &progress)
{
    const Result<QString> tool = postgresTool(QStringLiteral("pg_dump"));
    if (!tool)
        return Unexpected(tool.error());
    QProcess dump;
    dump.setProcessEnvironment(environmentFor(location));
    dump.setStandardOutputFile(QProcess::nullDevice());
    diesWithParent(dump);
    // pg_dump reads everything in one snapshot: the running venue goes on writing meanwhile.
    dump.start(*tool,
               {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                QStringLiteral("--lock-wait-timeout=60s"), QStringLiteral("--file=") + file});
    if (!dump.waitForStarted(kStartMs))
        return Unexpected(Tr::tr("cannot run pg_dump: %1").arg(dump.errorString()));
    while (!dump.waitForFinished(200)) {
        if (progress)
            progress(QFileInfo(file).size());
    }
    if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        return Unexpected(
            Tr::tr("pg_dump failed: %1").arg(toolSaid(dump, QStringLiteral("pg_dump"))));
    if (progress)
        progress(QFileInfo(file).size());
    return {};
}

bool looksLikePostgresDump(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(5) == "PGDMP";
}

Result<DumpFacts> readDumpFacts(const QString &file)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const Result<QByteArray> contents
        = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, environment);
    if (!contents)
        return Unexpected(contents.error());
    // "215; 1259 16385 TABLE public dojo_schema postgres"
    const auto hasTable = [&contents](const QString &table) {
        const QRegularExpression entry(QStringLiteral("^\\d+; \\d+ \\d+ TABLE \\S+ %1 ").arg(table),
                                       QRegularExpression::MultilineOption);
        return entry.match(QString::fromUtf8(*contents)).hasMatch();
    };
    DumpFacts facts;
    facts.hasDojoSchema = hasTable(QStringLiteral("dojo_schema"));
    if (!facts.hasDojoSchema)
        return facts;

    const auto newest = [&facts](const QString &value) {
        if (value != u"\\N" && (!facts.newestChange || value > *facts.newestChange))
            facts.newestChange = value;
    };
    const auto read = [&](const QStringList &tables) -> Result<void> {
        QStringList arguments{QStringLiteral("--data-only"), QStringLiteral("--file=-")};
        for (const QString &table : tables)
            arguments << QStringLiteral("--table=") + table;
        const Result<QByteArray> data
            = runTool(QStringLiteral("pg_restore"), arguments + QStringList{file}, environment);
        if (!data)
            return Unexpected(data.error());
        readCopyRows(*data, [&](const QString &table, const QStringList &columns,
                                const QList<QByteArray> &fields) {
            const auto field = [&](const QString &column) {
                const qsizetype at = columns.indexOf(column);
                return at >= 0 && at < fields.size() ? QString::fromUtf8(fields.at(at)) : QString();
            };
            if (table == u"dojo_schema")
                facts.schemaVersion
                    = std::max(facts.schemaVersion, field(QStringLiteral("version")).toInt());
            else if (table == u"dojo_changes")
                newest(field(QStringLiteral("changed_at")));
            else if (table == u"audit_log")
                newest(field(QStringLiteral("at")));
        });
        return {};
    };
    if (Result<void> done = read({QStringLiteral("dojo_schema"), QStringLiteral("dojo_changes")});
        !done)
        return Unexpected(done.error());
    // Written before the stamps existed: the audit log's newest entry.
    if (!facts.newestChange && hasTable(QStringLiteral("audit_log"))) {
        if (Result<void> done = read({QStringLiteral("audit_log")}); !done)
            return Unexpected(done.error());
    }
    return facts;
}

Result<void> restorePostgres(const DatabaseLocation &location, const QString &file,
                             const QStringList &tablesToDrop)
{
    const Result<QString> restoreTool = postgresTool(QStringLiteral("pg_restore"));
    if (!restoreTool)
        return Unexpected(restoreTool.error());
    const Result<QString> psqlTool = postgresTool(QStringLiteral("psql"));
    if (!psqlTool)
        return Unexpected(psqlTool.error());

    QStringList quoted;
    for (QString table : tablesToDrop)
        quoted << u'"' + table.replace(u'"', QLatin1String("\"\"")) + u'"';
    // One transaction from the first drop to the last row, committed only when pg_restore read
    // the whole dump: psql stops at the first error, and its transaction dies with it.
    QByteArray prologue = "SET client_min_messages = warning;\nSET lock_timeout = '30s';\nBEGIN;\n";
    if (!quoted.isEmpty())
        prologue
            += "DROP TABLE IF EXISTS " + quoted.join(QStringLiteral(", ")).toUtf8() + " CASCADE;\n";

    QProcess script;
    QProcess psql;
    psql.setStandardOutputFile(QProcess::nullDevice());
    const QProcessEnvironment environment = environmentFor(location);
    script.setProcessEnvironment(environment);
    psql.setProcessEnvironment(environment);
    diesWithParent(script);
    diesWithParent(psql);
    // The dump as SQL, owners and grants left out: the tables belong to whoever restores them.
    script.start(*restoreTool, {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                QStringLiteral("--file=-"), file});
    psql.start(*psqlTool, {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"),
                           QStringLiteral("--no-password"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                           QStringLiteral("--file=-")});
    if (!script.waitForStarted(kStartMs))
        return Unexpected(Tr::tr("cannot run pg_restore: %1").arg(script.errorString()));
    if (!psql.waitForStarted(kStartMs))
        return Unexpected(Tr::tr("cannot run psql: %1").arg(psql.errorString()));

    psql.write(prologue);
    const auto psqlRuns = [&psql] { return psql.state() == QProcess::Running; };
    while (psqlRuns()) {
        if (script.bytesAvailable() == 0 && !script.waitForReadyRead(500)) {
            if (script.state() == QProcess::NotRunning)
                break;
            continue;
        }
        psql.write(script.read(1 << 20));
        // Only as far ahead of psql as a few megabytes.
        while (psqlRuns() && psql.bytesToWrite() > (4 << 20))
            psql.waitForBytesWritten(500);
    }
    if (!psqlRuns()) {
        script.kill();
        script.waitForFinished();
        return Unexpected(Tr::tr("psql failed: %1").arg(toolSaid(psql, QStringLiteral("psql"))));
    }
    script.waitForFinished(-1);
    psql.write(script.readAllStandardOutput());
    const bool whole = script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
    psql.write(whole ? "COMMIT;\n" : "ROLLBACK;\n");
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    if (!whole)
        return Unexpected(
            Tr::tr("pg_restore failed: %1").arg(toolSaid(script, QStringLiteral("pg_restore"))));
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return Unexpected(Tr::tr("psql failed: %1").arg(toolSaid(psql, QStringLiteral("psql"))));
    return {};
}

} // namespace dojo::storage::internal
