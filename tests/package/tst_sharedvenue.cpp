// One venue PC, one venue: the service and the staff's windows open the folder or database
// that /etc/dojopool/dojopool.conf names (DOJOPOOL_CONFIG here) when neither --data-dir nor
// --database is given; a set-group-ID data folder keeps what they make the group's; a folder
// only its group may write is refused with the group to join.

#include "appprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// A booking: a command that opens the venue, writes to it and ends.
QStringList booking()
{
    return {QStringLiteral("book"),
            QStringLiteral("--table"),
            QStringLiteral("Table 1"),
            QStringLiteral("--from"),
            QStringLiteral("2030-01-07T19:00"),
            QStringLiteral("--to"),
            QStringLiteral("2030-01-07T21:00"),
            QStringLiteral("--name"),
            QStringLiteral("Ana")};
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

mode_t modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

} // namespace

class tst_SharedVenue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensTheConfiguredFolder();
    void optionsWinOverTheFile_data();
    void optionsWinOverTheFile();
    void withoutAFileUsesTheUsersFolder();
    void refusesABadFile_data();
    void refusesABadFile();
    void sharedFolderKeepsFilesForTheGroup_data();
    void sharedFolderKeepsFilesForTheGroup();
    void unwritableFolderNamesTheGroupToJoin();

private:
    QString path(const QString &name) const { return m_scratch->filePath(name); }
    QString usersDatabase() const
    {
        return path(QStringLiteral("home/.local/share/DojoPool/dojopool/dojopool.sqlite"));
    }

    std::unique_ptr<QTemporaryDir> m_scratch;
};

void tst_SharedVenue::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(m_scratch->isValid());
    QVERIFY(QDir(m_scratch->path()).mkpath(QStringLiteral("home")));
}

void tst_SharedVenue::opensTheConfiguredFolder()
{
    const QString shared = path(QStringLiteral("venue"));
    QVERIFY(writeFile(path(QStringLiteral("dojopool.conf")),
                      "# the venue PC\n\ndata-dir = " + shared.toUtf8() + "\n"));
    AppProcess app(path(QStringLiteral("home")));
    app.setEnvironmentValue(QStringLiteral("DOJOPOOL_CONFIG"),
                            path(QStringLiteral("dojopool.conf")));
    QVERIFY(app.run(booking()));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    QVERIFY(QFile::exists(shared + QStringLiteral("/dojopool.sqlite")));
    QVERIFY(QFile::exists(shared + QStringLiteral("/settings.ini")));
    QVERIFY(!QFile::exists(usersDatabase()));

    // A second process on the same PC finds the first one's booking: the same venue.
    AppProcess again(path(QStringLiteral("home")));
    again.setEnvironmentValue(QStringLiteral("DOJOPOOL_CONFIG"),
                              path(QStringLiteral("dojopool.conf")));
    QVERIFY(again.run(booking()));
    QCOMPARE(again.exitCode(), 3); // the table is already booked then
}

void tst_SharedVenue::optionsWinOverTheFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected"); // the database file the booking went to
    QTest::newRow("--data-dir") << QStringLiteral("--data-dir")
                                << QStringLiteral("mine/dojopool.sqlite");
    QTest::newRow("--database") << QStringLiteral("--database") << QStringLiteral("chain.sqlite");
}

void tst_SharedVenue::optionsWinOverTheFile()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QVERIFY(writeFile(path(QStringLiteral("dojopool.conf")),
                      "data-dir=" + path(QStringLiteral("venue")).toUtf8() + "\n"));
    AppProcess app(path(QStringLiteral("home")));
    app.setEnvironmentValue(QStringLiteral("DOJOPOOL_CONFIG"),
                            path(QStringLiteral("dojopool.conf")));
    const QString value = option == QLatin1String("--data-dir")
                              ? path(QStringLiteral("mine"))
                              : QStringLiteral("sqlite:") + path(QStringLiteral("chain.sqlite"));
    QVERIFY(app.run(booking() << option << value));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    QVERIFY(QFile::exists(path(expected)));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("venue"))));
}

void tst_SharedVenue::withoutAFileUsesTheUsersFolder()
{
    AppProcess app(path(QStringLiteral("home"))); // DOJOPOOL_CONFIG set and empty: no file
    QVERIFY(app.run(booking()));
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    QVERIFY(QFile::exists(usersDatabase()));
}

void tst_SharedVenue::refusesABadFile_data()
{
    QTest::addColumn<QByteArray>("text"); // empty: no file at all
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray()
                             << QStringLiteral("cannot read the configuration "
                                               "file %1 (");
    QTest::newRow("unknown key") << QByteArray("datadir = /var/lib/dojopool\n")
                                 << QStringLiteral("%1, line 1: DojoPool knows no setting "
                                                   "\"datadir\" (it knows data-dir and database)");
    QTest::newRow("relative folder")
        << QByteArray("# venue\ndata-dir = venue\n")
        << QStringLiteral("%1, line 2: data-dir must be an absolute folder, not \"venue\"");
    QTest::newRow("no value") << QByteArray("data-dir /var/lib/dojopool\n")
                              << QStringLiteral("%1, line 1: \"data-dir /var/lib/dojopool\" is "
                                                "not a setting (a setting is key = value)");
    QTest::newRow("bad URL") << QByteArray("database = mysql://venue\n")
                             << QStringLiteral("bad database URL in %1: ");
}

void tst_SharedVenue::refusesABadFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("dojopool.conf"));
    if (!text.isEmpty())
        QVERIFY(writeFile(file, text));
    AppProcess app(path(QStringLiteral("home")));
    app.setEnvironmentValue(QStringLiteral("DOJOPOOL_CONFIG"), file);
    QVERIFY(app.run(booking()));
    QCOMPARE(app.exitCode(), 1);
    QCOMPARE(app.errorLines().size(), 1);
    const QString line = app.errorLines().front();
    QVERIFY2(line.startsWith(QStringLiteral("dojopool: ") + expected.arg(file)), qPrintable(line));
    QVERIFY(!QFile::exists(usersDatabase())); // nothing opened elsewhere instead
}

void tst_SharedVenue::sharedFolderKeepsFilesForTheGroup_data()
{
    QTest::addColumn<uint>("folderMode");
    QTest::addColumn<uint>("fileMode");
    // The package's /var/lib/dojopool: set-group-ID, the group's only.
    QTest::newRow("shared") << 02770u << 0660u;
    // A user's own folder: the user's umask (022 here) as ever.
    QTest::newRow("private") << 0755u << 0644u;
}

void tst_SharedVenue::sharedFolderKeepsFilesForTheGroup()
{
    QFETCH(uint, folderMode);
    QFETCH(uint, fileMode);
    const QString folder = path(QStringLiteral("venue"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), folderMode), 0);
    const mode_t before = ::umask(022);
    AppProcess app(path(QStringLiteral("home")));
    const bool ran = app.run(booking() << QStringLiteral("--data-dir") << folder);
    ::umask(before);
    QVERIFY(ran);
    QVERIFY2(app.exitCode() == 0, qPrintable(app.standardError()));
    for (const QString &name :
         {QStringLiteral("dojopool.sqlite"), QStringLiteral("settings.ini")}) {
        const QString file = QDir(folder).filePath(name);
        QVERIFY2(QFile::exists(file), qPrintable(name));
        QCOMPARE(modeOf(file), mode_t(fileMode));
    }
}

void tst_SharedVenue::unwritableFolderNamesTheGroupToJoin()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to run the program as another user (setpriv)");
    // /var/lib/dojopool as a user outside its group sees it: here the group root's.
    QCOMPARE(::chmod(QFile::encodeName(m_scratch->path()).constData(), 0755), 0);
    const QString folder = path(QStringLiteral("venue"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 02770), 0);
    const QString file = path(QStringLiteral("dojopool.conf"));
    QVERIFY(writeFile(file, "data-dir = " + folder.toUtf8() + "\n"));
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOJOPOOL_CONFIG"), file);
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--"),
                              QStringLiteral(DOJO_APP_PATH)}
                      + booking());
    QVERIFY(process.waitForFinished(30000));
    const QString error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(error,
             QStringLiteral("dojopool: the data folder %1 cannot be written by nobody: only the "
                            "group root may write it; join the group (sudo adduser nobody root) "
                            "and log in again")
                 .arg(folder));
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

QTEST_GUILESS_MAIN(tst_SharedVenue)
#include "tst_sharedvenue.moc"
