// Results entered by hand at the desk, on an SQLite file: entered by anyone, voided or corrected
// only by a referee or a manager (a refusal audited naming who tried); refusals as sentences.
#include "venuefile.h"

#include <storage/database.h>
#include <storage/resultrepository.h>
#include <support/resulterror.h>
#include <venue/handresults.h>

#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::Actor;
using venue::Role;

namespace {

const Actor kDesk{QStringLiteral("Ana"), Role::Desk, false};
const Actor kReferee{QStringLiteral("Rui"), Role::Referee, false};
const Actor kManager{QStringLiteral("Mia"), Role::Manager, false};

} // namespace

class tst_HandResults : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aResultIsEntered();
    void badResultsAreRefused_data();
    void badResultsAreRefused();
    void voidingAndCorrecting_data();
    void voidingAndCorrecting();

private:
    venue::HandResult night() const;

    qint64 m_venueId = 0;
    qint64 m_ben = 0;
    qint64 m_cleo = 0;
};

void tst_HandResults::init()
{
    const Result<void> opened = openDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_venueId = addVenue(QStringLiteral("Corner Pocket"));
    m_ben = addPlayer(m_venueId, QStringLiteral("Ben"));
    m_cleo = addPlayer(m_venueId, QStringLiteral("Cleo"));
    QVERIFY(m_venueId > 0 && m_ben > 0 && m_cleo > 0);
}

void tst_HandResults::cleanup()
{
    closeDatabase();
}

venue::HandResult tst_HandResults::night() const
{
    return {m_venueId, QDate(2030, 12, 5), QStringLiteral("eight-ball"), m_ben, m_cleo, 4, 2};
}

void tst_HandResults::aResultIsEntered()
{
    const Result<qint64> id = venue::enterHandResult(*m_database, night(), kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<storage::ResultRecord> read = storage::ResultRepository(*m_database).result(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->source, QStringLiteral("hand"));
    QCOMPARE(read->game, QStringLiteral("eight-ball"));
    QCOMPARE(read->racksA, 4);
    QCOMPARE(read->racksB, 2);
    QCOMPARE(read->enteredBy, QStringLiteral("staff:Ana"));
    QCOMPARE(audit().back().action, QStringLiteral("result.entered"));
    QCOMPARE(audit().back().actor, QStringLiteral("staff:Ana"));
}

void tst_HandResults::badResultsAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("a game nobody knows") << "game"
                                         << "“bowls” is not a game DojoPool knows.";
    QTest::newRow("one player twice") << "same"
                                      << "A result is between two different players.";
    QTest::newRow("negative racks") << "negative"
                                    << "Racks won are counted from 0 up.";
    QTest::newRow("no rack played") << "none"
                                    << "A result needs at least one rack played.";
    QTest::newRow("no day") << "day"
                            << "A result needs the day it was played.";
}

void tst_HandResults::badResultsAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    venue::HandResult result = night();
    if (change == u"game")
        result.game = QStringLiteral("bowls");
    else if (change == u"same")
        result.playerB = m_ben;
    else if (change == u"negative")
        result.racksA = -2;
    else if (change == u"none")
        result.racksA = result.racksB = 0;
    else if (change == u"day")
        result.playedOn = QDate();
    QCOMPARE(errorOf(venue::enterHandResult(*m_database, result, kDesk)), refusal);
    QVERIFY(audit().empty());
}

void tst_HandResults::voidingAndCorrecting_data()
{
    QTest::addColumn<int>("role"); // Role
    QTest::addColumn<bool>("allowed");
    QTest::newRow("the desk") << int(Role::Desk) << false;
    QTest::newRow("a referee") << int(Role::Referee) << true;
    QTest::newRow("a manager") << int(Role::Manager) << true;
}

void tst_HandResults::voidingAndCorrecting()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const Actor actor{QStringLiteral("Sam"), Role(role), false};
    storage::ResultRepository results(*m_database);
    const qint64 first = venue::enterHandResult(*m_database, night(), kDesk).value_or(0);
    const qint64 second = venue::enterHandResult(*m_database, night(), kDesk).value_or(0);
    QVERIFY(first > 0 && second > 0);

    venue::HandResult corrected = night();
    corrected.racksB = 3;
    const Result<qint64> correction = venue::correctHandResult(
        *m_database, first, corrected, QStringLiteral("  4-3, not 4-2 "), actor);
    QCOMPARE(bool(correction), allowed);
    std::vector<storage::AuditEntry> entries = audit();
    if (allowed) {
        QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("result.voided"));
        QCOMPARE(entries[entries.size() - 2].details, QStringLiteral("4-3, not 4-2"));
        QCOMPARE(entries.back().action, QStringLiteral("result.entered"));
        QCOMPARE(entries.back().actor, QStringLiteral("staff:Sam"));
        QCOMPARE(results.result(*correction)->racksB, 3);
    } else {
        QCOMPARE(correction.error(),
                 QStringLiteral("Only a referee or a manager may correct a result."));
        QCOMPARE(entries.back().action, QStringLiteral("access.refused"));
        QCOMPARE(entries.back().actor, QStringLiteral("staff:Sam"));
        QCOMPARE(entries.back().subject, QStringLiteral("result:%1").arg(first));
        QVERIFY(!results.result(first)->voidedAt.isValid());
    }

    const Result<void> voided
        = venue::voidHandResult(*m_database, second, QStringLiteral("never played"), actor);
    QCOMPARE(bool(voided), allowed);
    entries = audit();
    QCOMPARE(entries.back().action,
             allowed ? QStringLiteral("result.voided") : QStringLiteral("access.refused"));
    QCOMPARE(entries.back().subject, QStringLiteral("result:%1").arg(second));
    QCOMPARE(results.result(second)->voidedAt.isValid(), allowed);
    QCOMPARE(results.results(m_venueId)->size(), size_t(allowed ? 1 : 2));
}

QTEST_GUILESS_MAIN(tst_HandResults)

#include "tst_handresults.moc"
