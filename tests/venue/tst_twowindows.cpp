// Two windows on one database: another process (a window on another PC, or `serve` on the same
// SQLite file) changes a table and adds a player, and this window's VenueModel, following its
// ChangeFeed, shows it. PostgreSQL: LISTEN/NOTIFY; SQLite: data_version.

#include <storage/changefeed.h>
#include <storage/database.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>
#include <venue/venuemodel.h>

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

// What another window changed, read again by reloadFromDatabase() in this process.
enum class Elsewhere { Nothing, CameraSource, NewTable, NewVenue, ShownVenueRemoved };

const char kWriterFlag[] = "--write-elsewhere";

// The other process: `--write-elsewhere URL status TABLE WORD` or `... player VENUE NAME`
// writes once through the repository, prints "committed MS" (the wall clock just after the
// commit) and ends; "error ..." and status 2 when it cannot.
int runWriter(const QStringList &arguments)
{
    const auto fail = [](const QString &error) {
        std::fprintf(stdout, "error %s\n", qPrintable(error));
        std::fflush(stdout);
        return 2;
    };
    if (arguments.size() < 6)
        return fail(QStringLiteral("too few arguments"));
    const Result<storage::DatabaseLocation> url = storage::parseDatabaseUrl(arguments.at(2));
    if (!url)
        return fail(url.error());
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(*url);
    if (!opened)
        return fail(opened.error());
    storage::VenueRepository venues(**opened);
    const qint64 id = arguments.at(4).toLongLong();
    Result<void> written;
    if (arguments.at(3) == u"status") {
        written = venues.setTableStatus(id, arguments.at(5), QStringLiteral("system:other-pc"));
    } else {
        storage::PlayerRecord player;
        player.homeVenueId = id;
        player.name = arguments.at(5);
        const Result<qint64> added = venues.addPlayer(player);
        if (!added)
            written = Unexpected(added.error());
    }
    if (!written)
        return fail(written.error());
    std::fprintf(stdout, "committed %lld\n", QDateTime::currentMSecsSinceEpoch());
    std::fflush(stdout);
    return 0;
}

} // namespace

Q_DECLARE_METATYPE(Elsewhere)

class tst_TwoWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aTableChangedElsewhereReachesTheWindow();
    void aPlayerAddedElsewhereReachesTheWindow();
    void aReloadSignalsOnlyWhatDiffers_data();
    void aReloadSignalsOnlyWhatDiffers();

private:
    QString databaseUrl();
    // Runs the other process and answers the wall clock of its commit (0 when it failed).
    qint64 writeElsewhere(const QStringList &what);

    ScratchDatabases m_databases;
    std::optional<storage::DatabaseLocation> m_location;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<storage::ChangeFeed> m_feed;
    qint64 m_venueId = 0;
    qint64 m_tableId = 0;
};

void tst_TwoWindows::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_TwoWindows::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    m_location = *location;
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(*m_location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);

    storage::VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    for (int i = 1; i <= 2; ++i) {
        storage::TableRecord table;
        table.venueId = m_venueId;
        table.name = QStringLiteral("Table %1").arg(i);
        table.status = QStringLiteral("free");
        table.position = i;
        const Result<qint64> tableId = venues.addTable(table);
        QVERIFY2(tableId, qPrintable(errorOf(tableId)));
        if (i == 2)
            m_tableId = *tableId;
    }
    storage::PlayerRecord player;
    player.homeVenueId = m_venueId;
    player.name = QStringLiteral("Hana Sato");
    const Result<qint64> playerId = venues.addPlayer(player);
    QVERIFY2(playerId, qPrintable(errorOf(playerId)));

    // As the window wires it (app/guicommand.cpp).
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    const Result<void> loaded = m_model->load(m_venueId);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    m_feed = std::make_unique<storage::ChangeFeed>(*m_database);
    m_model->followChanges(*m_feed);
    const Result<void> following = m_feed->start();
    QVERIFY2(following, qPrintable(errorOf(following)));
}

void tst_TwoWindows::cleanup()
{
    m_feed.reset();
    m_model.reset();
    m_database.reset();
}

QString tst_TwoWindows::databaseUrl()
{
    if (m_databases.backend() == ScratchDatabases::Backend::PostgreSQL)
        return m_databases.server().url();
    return QStringLiteral("sqlite://") + QDir(m_location->sqlitePath).absolutePath();
}

qint64 tst_TwoWindows::writeElsewhere(const QStringList &what)
{
    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QCoreApplication::applicationFilePath(),
                QStringList{QLatin1String(kWriterFlag), databaseUrl()} + what);
    // Waits on the event loop, so the model's signal may come meanwhile: its slot times it.
    QSignalSpy finished(&other, &QProcess::finished);
    if (!finished.wait(30000)) {
        qWarning("the other process did not finish");
        return 0;
    }
    const QByteArray line = other.readAllStandardOutput().trimmed();
    if (other.exitCode() != 0 || !line.startsWith("committed ")) {
        qWarning("the other process failed: %s", line.constData());
        return 0;
    }
    return line.mid(int(std::strlen("committed "))).toLongLong();
}

void tst_TwoWindows::aTableChangedElsewhereReachesTheWindow()
{
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    QSignalSpy failed(m_model.get(), &venue::VenueModel::reloadFailed);
    qint64 seenAt = 0;
    connect(m_model.get(), &venue::VenueModel::tableChanged, this,
            [&seenAt] { seenAt = QDateTime::currentMSecsSinceEpoch(); });

    const qint64 committedAt = writeElsewhere(
        {QStringLiteral("status"), QString::number(m_tableId), QStringLiteral("out-of-order")});
    QVERIFY(committedAt > 0);
    QVERIFY(changed.count() > 0 || changed.wait(10000));
    qInfo("%s: the other process's commit reached the window's model in %lld ms",
          qPrintable(m_databases.backendName()), seenAt - committedAt);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_tableId);
    QCOMPARE(m_model->table(m_tableId)->status, venue::TableStatus::OutOfOrder);
    // Only the one card changes: the floor is not shown anew.
    QCOMPARE(shown.count(), 0);
}

void tst_TwoWindows::aPlayerAddedElsewhereReachesTheWindow()
{
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    QSignalSpy failed(m_model.get(), &venue::VenueModel::reloadFailed);
    qint64 seenAt = 0;
    connect(m_model.get(), &venue::VenueModel::venueShown, this,
            [&seenAt] { seenAt = QDateTime::currentMSecsSinceEpoch(); });

    const QString name = QStringLiteral("Alex Moreno");
    const qint64 committedAt
        = writeElsewhere({QStringLiteral("player"), QString::number(m_venueId), name});
    QVERIFY(committedAt > 0);
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    qInfo("%s: the other process's new player reached the window's model in %lld ms",
          qPrintable(m_databases.backendName()), seenAt - committedAt);
    QCOMPARE(failed.count(), 0);
    const std::vector<venue::Player> &players = m_model->players();
    QVERIFY(std::any_of(players.begin(), players.end(),
                        [&](const venue::Player &player) { return player.name == name; }));
    QCOMPARE(players.size(), size_t(2));
    QCOMPARE(m_model->currentVenue()->id, m_venueId);
}

void tst_TwoWindows::aReloadSignalsOnlyWhatDiffers_data()
{
    QTest::addColumn<Elsewhere>("elsewhere");
    QTest::addColumn<int>("venuesChanged");
    QTest::addColumn<int>("venueShown");
    QTest::addColumn<int>("tableChanged");

    QTest::newRow("nothing") << Elsewhere::Nothing << 0 << 0 << 0;
    QTest::newRow("a table's camera") << Elsewhere::CameraSource << 0 << 0 << 1;
    QTest::newRow("a new table") << Elsewhere::NewTable << 0 << 1 << 0;
    QTest::newRow("a new venue") << Elsewhere::NewVenue << 1 << 0 << 0;
    QTest::newRow("the shown venue removed") << Elsewhere::ShownVenueRemoved << 1 << 1 << 0;
}

void tst_TwoWindows::aReloadSignalsOnlyWhatDiffers()
{
    QFETCH(Elsewhere, elsewhere);
    QFETCH(int, venuesChanged);
    QFETCH(int, venueShown);
    QFETCH(int, tableChanged);
    m_feed.reset(); // the reload is asked for here, not by the feed
    Result<std::unique_ptr<storage::Database>> other = storage::Database::open(*m_location);
    QVERIFY2(other, qPrintable(errorOf(other)));
    storage::VenueRepository venues(**other);
    const QString actor = QStringLiteral("staff:Other desk");
    Result<void> written;
    qint64 otherVenue = 0;
    switch (elsewhere) {
    case Elsewhere::Nothing: break;
    case Elsewhere::CameraSource:
        written = venues.setTableCameraSource(m_tableId, QStringLiteral("simulated:7"), actor);
        break;
    case Elsewhere::NewTable: {
        storage::TableRecord table;
        table.venueId = m_venueId;
        table.name = QStringLiteral("Table 3");
        table.status = QStringLiteral("free");
        table.position = 3;
        const Result<qint64> added = venues.addTable(table);
        if (!added)
            written = Unexpected(added.error());
        break;
    }
    case Elsewhere::NewVenue:
    case Elsewhere::ShownVenueRemoved: {
        const Result<qint64> added = venues.addVenue(QStringLiteral("Side Pocket"), false);
        if (!added) {
            written = Unexpected(added.error());
            break;
        }
        otherVenue = *added;
        // The window saw the new venue already: only the removal is news.
        if (elsewhere == Elsewhere::ShownVenueRemoved) {
            const Result<void> reloaded = m_model->reloadFromDatabase();
            QVERIFY2(reloaded, qPrintable(errorOf(reloaded)));
            written = venues.removeVenue(m_venueId, actor);
        }
        break;
    }
    }
    QVERIFY2(written, qPrintable(errorOf(written)));

    QSignalSpy venuesSpy(m_model.get(), &venue::VenueModel::venuesChanged);
    QSignalSpy shownSpy(m_model.get(), &venue::VenueModel::venueShown);
    QSignalSpy tableSpy(m_model.get(), &venue::VenueModel::tableChanged);
    const Result<void> reloaded = m_model->reloadFromDatabase();
    QVERIFY2(reloaded, qPrintable(errorOf(reloaded)));
    QCOMPARE(venuesSpy.count(), venuesChanged);
    QCOMPARE(shownSpy.count(), venueShown);
    QCOMPARE(tableSpy.count(), tableChanged);
    if (tableChanged > 0) {
        QCOMPARE(tableSpy.first().first().toLongLong(), m_tableId);
        QCOMPARE(m_model->table(m_tableId)->cameraSource, QStringLiteral("simulated:7"));
    }
    const qint64 shown = elsewhere == Elsewhere::ShownVenueRemoved ? otherVenue : m_venueId;
    QCOMPARE(m_model->currentVenue()->id, shown);
    QCOMPARE(m_model->tables().size(), size_t(elsewhere == Elsewhere::NewTable            ? 3
                                              : elsewhere == Elsewhere::ShownVenueRemoved ? 0
                                                                                          : 2));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], kWriterFlag) == 0)
        return runWriter(QCoreApplication::arguments());
    tst_TwoWindows test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twowindows.moc"
