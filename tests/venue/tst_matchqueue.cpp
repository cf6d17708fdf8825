// The match queue at the desk: players join for a game and leave, the pairs proposed from
// their ratings as they wait, a pair matched; refusals as sentences; every change audited
// naming the member of staff. On an SQLite file.
#include "venuefile.h"

#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/matchqueue.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

const venue::Actor kDesk{QStringLiteral("Ana"), venue::Role::Desk, false};
const QString kDeskName = QStringLiteral("staff:Ana");
const QString kNine = QStringLiteral("nine-ball");
const QString kEight = QStringLiteral("eight-ball");

} // namespace

class tst_MatchQueue : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void playersJoinAndArePairedAsTheyWait();
    void refusals_data();
    void refusals();

private:
    QStringList proposals(const std::map<qint64, double> &ratings) const;

    std::unique_ptr<venue::MatchQueue> m_queue;
    qint64 m_venueId = 0;
    QHash<QString, qint64> m_players;
    QDateTime m_now;
};

void tst_MatchQueue::init()
{
    const Result<void> opened = openDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_venueId = addVenue(QStringLiteral("Corner Pocket"));
    QVERIFY(m_venueId > 0);
    m_players.clear();
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben"),
                                QStringLiteral("Cleo"), QStringLiteral("Dan")}) {
        m_players[name] = addPlayer(m_venueId, name, name == u"Dan" ? 640 : 500);
    }
    m_queue = std::make_unique<venue::MatchQueue>(*m_database);
    m_now = QDateTime(QDate(2030, 12, 6), QTime(19, 0), Qt::UTC);
    m_queue->setClock([this] { return m_now; });
    QVERIFY(m_queue->load(m_venueId));
}

void tst_MatchQueue::cleanup()
{
    m_queue.reset();
    closeDatabase();
}

QStringList tst_MatchQueue::proposals(const std::map<qint64, double> &ratings) const
{
    QStringList pairs;
    for (const venue::ProposedPair &pair : m_queue->proposals(ratings))
        pairs << pair.first.name + u'-' + pair.second.name;
    return pairs;
}

void tst_MatchQueue::playersJoinAndArePairedAsTheyWait()
{
    QSignalSpy changed(m_queue.get(), &venue::MatchQueue::queueChanged);
    const std::map<qint64, double> ratings{{m_players[QStringLiteral("Ana")], 520},
                                           {m_players[QStringLiteral("Ben")], 610},
                                           {m_players[QStringLiteral("Cleo")], 400}};
    // Ana comes first; Ben (90 points above) and Dan (no rating: his starter 640) after her.
    const Result<qint64> ana = m_queue->join(m_players[QStringLiteral("Ana")], kNine, kDesk);
    QVERIFY2(ana, qPrintable(errorOf(ana)));
    m_now = m_now.addSecs(60);
    const Result<qint64> ben = m_queue->join(m_players[QStringLiteral("Ben")], kNine, kDesk);
    QVERIFY2(ben, qPrintable(errorOf(ben)));
    const Result<qint64> dan = m_queue->join(m_players[QStringLiteral("Dan")], kNine, kDesk);
    QVERIFY2(dan, qPrintable(errorOf(dan)));
    const Result<qint64> cleo = m_queue->join(m_players[QStringLiteral("Cleo")], kEight, kDesk);
    QVERIFY2(cleo, qPrintable(errorOf(cleo)));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(m_queue->waiting().size(), size_t(4));
    QCOMPARE(m_queue->waiting().front().name, QStringLiteral("Ana"));
    QCOMPARE(m_queue->waiting().front().joinedAt, m_now.addSecs(-60));

    // At first Ana accepts 50 points: Ben and Dan are near each other, not her.
    QCOMPARE(proposals(ratings), QStringList{QStringLiteral("Ben-Dan")});
    // Ten minutes on she accepts 100: Ben, the nearer, is hers.
    m_now = m_now.addSecs(9 * 60);
    QCOMPARE(proposals(ratings), QStringList{QStringLiteral("Ana-Ben")});

    const Result<void> matched = m_queue->matchPair(*ana, *ben, kDesk);
    QVERIFY2(matched, qPrintable(errorOf(matched)));
    QCOMPARE(m_queue->waiting().size(), size_t(2));
    QVERIFY(!m_queue->waitingEntryOf(m_players[QStringLiteral("Ana")]));
    const Result<void> left = m_queue->leave(m_players[QStringLiteral("Cleo")], kDesk);
    QVERIFY2(left, qPrintable(errorOf(left)));
    QCOMPARE(m_queue->waiting().size(), size_t(1));
    QCOMPARE(m_queue->waiting().front().name, QStringLiteral("Dan"));

    QStringList actions;
    for (const storage::AuditEntry &entry : audit()) {
        QCOMPARE(entry.actor, kDeskName);
        actions << entry.action;
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("queue.joined"), QStringLiteral("queue.joined"),
                                   QStringLiteral("queue.joined"), QStringLiteral("queue.joined"),
                                   QStringLiteral("queue.matched"), QStringLiteral("queue.left")}));
}

void tst_MatchQueue::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("a game nobody knows") << "game"
                                         << "“darts” is not a game DojoPool knows.";
    QTest::newRow("waiting already") << "twice"
                                     << "Ana is already waiting for 9-ball.";
    QTest::newRow("leaving without waiting") << "leave"
                                             << "Cleo is not waiting in the queue.";
    QTest::newRow("two games")
        << "games"
        << "Ana waits for 9-ball and Ben for 8-ball: they cannot be matched.";
    QTest::newRow("matched already") << "matched"
                                     << "Dan is no longer waiting in the queue.";
    QTest::newRow("oneself") << "self"
                             << "A player cannot be matched with themselves.";
}

void tst_MatchQueue::refusals()
{
    QFETCH(QString, situation);
    QFETCH(QString, refusal);
    const qint64 ana = m_queue->join(m_players[QStringLiteral("Ana")], kNine, kDesk).value_or(0);
    const qint64 ben = m_queue->join(m_players[QStringLiteral("Ben")], kEight, kDesk).value_or(0);
    const qint64 dan = m_queue->join(m_players[QStringLiteral("Dan")], kEight, kDesk).value_or(0);
    QVERIFY(ana > 0 && ben > 0 && dan > 0);
    QVERIFY(m_queue->matchPair(ben, dan, kDesk));
    const size_t audited = audit().size();
    QString error;
    if (situation == u"game")
        error = errorOf(
            m_queue->join(m_players[QStringLiteral("Cleo")], QStringLiteral("darts"), kDesk));
    else if (situation == u"twice")
        error = errorOf(m_queue->join(m_players[QStringLiteral("Ana")], kEight, kDesk));
    else if (situation == u"leave")
        error = errorOf(m_queue->leave(m_players[QStringLiteral("Cleo")], kDesk));
    else if (situation == u"games") {
        const qint64 again
            = m_queue->join(m_players[QStringLiteral("Ben")], kEight, kDesk).value_or(0);
        QVERIFY(again > 0);
        QCOMPARE(errorOf(m_queue->matchPair(ana, again, kDesk)), refusal);
        QCOMPARE(audit().size(), audited + 1); // Ben's join only
        return;
    } else if (situation == u"matched")
        error = errorOf(m_queue->matchPair(ana, dan, kDesk));
    else
        error = errorOf(m_queue->matchPair(ana, ana, kDesk));
    QCOMPARE(error, refusal);
    QCOMPARE(audit().size(), audited);
}

QTEST_GUILESS_MAIN(tst_MatchQueue)

#include "tst_matchqueue.moc"
