// The next start resumes a match from its last stored ruling: a match played at a demo
// table and left unfinished is picked up by `dojopool serve` and described in its log.

#include "appprocess.h"

#include <core/shotrecordjson.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>
#include <venue/tablematch.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dojo;

class tst_ServeResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumesTheMatchInPlay();

private:
    QTemporaryDir m_home;
};

namespace {

ShotRecord shot(const char *json)
{
    return shotRecordFromJson(QJsonDocument::fromJson(json).object()).value();
}

} // namespace

void tst_ServeResume::resumesTheMatchInPlay()
{
    QTemporaryDir data;
    {
        Result<std::unique_ptr<storage::Database>> opened
            = storage::Database::open(storage::sqliteInDataFolder(data.path()));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        storage::Database &database = **opened;
        storage::VenueRepository venues(database);
        const Result<bool> demo = venue::ensureDemoVenue(venues);
        QVERIFY(demo && *demo);
        const qint64 venueId = venues.venues()->front().id;
        const qint64 table = venues.tables(venueId)->front().id;

        rules::MatchSetup setup;
        setup.game = rules::Game::NineBall;
        setup.raceTo = 5;
        Result<std::unique_ptr<venue::TableMatch>> started = venue::TableMatch::start(
            database, table, setup, {QStringLiteral("Alex Moreno"), QStringLiteral("Bea Schmidt")});
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
        // Alex breaks and pockets the 9: 1-0; Bea breaks the second rack, pockets the 2 and
        // misses the 1.
        for (
            const char *json :
            {R"({"break": true, "first_contact": 1, "pocketed": [{"ball": 9, "pocket": "foot-left"}]})",
             R"({"break": true, "first_contact": 1, "pocketed": [{"ball": 2, "pocket": "side-left"}]})",
             R"({"first_contact": 1, "rails": [1]})"}) {
            const Result<rules::Ruling, venue::StepFailure> step
                = (*started)->play(shot(json), QStringLiteral("tracker"));
            QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
        }
    }

    AppProcess app(m_home.path());
    QVERIFY2(app.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--data-dir"), data.path()},
                       QStringLiteral("serving from")),
             qPrintable(app.standardError()));
    QVERIFY(app.stop(SIGTERM));
    QCOMPARE(app.exitCode(), 0);
    const QString log = app.standardError();
    QVERIFY2(log.contains(QStringLiteral(
                 "resumed the match at Table 1: nine-ball, Alex Moreno 1-0 Bea Schmidt, rack 2, "
                 "Alex Moreno to play")),
             qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("cannot resume")), qPrintable(log));
}

QTEST_GUILESS_MAIN(tst_ServeResume)
#include "tst_serveresume.moc"
