// The match queue on both backends: players join for a game (once each), leave, and two are
// matched with each other; refusals; every change audited.
#include "venuedatabase.h"

#include <storage/database.h>
#include <storage/matchqueuerepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::jsonOf;

namespace {

const QString kDesk = QStringLiteral("staff:Ana");
const QString kNine = QStringLiteral("nine-ball");
const QString kEight = QStringLiteral("eight-ball");

} // namespace

class tst_MatchQueueRepository : public QObject, private testsupport::VenueDatabase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void playersJoinAndWaitInOrder();
    void aPlayerWaitsOnce();
    void aPlayerOfAnotherVenueCannotJoin();
    void aPlayerLeaves();
    void twoPlayersAreMatched();
    void matchesAreRefused_data();
    void matchesAreRefused();

private:
    qint64 player(const QString &name, qint64 venueId = 0);
    qint64 join(qint64 playerId, const QString &game, int minutesAgo);

    std::unique_ptr<MatchQueueRepository> m_queue;
    QDateTime m_now;
};

void tst_MatchQueueRepository::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_MatchQueueRepository::init()
{
    const Result<void> opened = openFreshDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_queue = std::make_unique<MatchQueueRepository>(*m_database);
    const Result<void> added = addTwoVenues();
    QVERIFY2(added, qPrintable(errorOf(added)));
    QVERIFY(m_venueId > 0 && m_otherVenueId > 0);
    m_now = QDateTime(QDate(2026, 5, 1), QTime(20, 0), Qt::UTC);
}

void tst_MatchQueueRepository::cleanup()
{
    m_queue.reset();
    m_database.reset();
}

qint64 tst_MatchQueueRepository::player(const QString &name, qint64 venueId)
{
    PlayerRecord record;
    record.homeVenueId = venueId == 0 ? m_venueId : venueId;
    record.name = name;
    record.starterRating = 480;
    return VenueRepository(*m_database).addPlayer(record).value_or(0);
}

qint64 tst_MatchQueueRepository::join(qint64 playerId, const QString &game, int minutesAgo)
{
    const Result<qint64> id
        = m_queue->join(m_venueId, playerId, game, kDesk, m_now.addSecs(-60 * minutesAgo));
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

void tst_MatchQueueRepository::playersJoinAndWaitInOrder()
{
    const qint64 ana = player(QStringLiteral("Ana"));
    const qint64 ben = player(QStringLiteral("Ben"));
    const qint64 benEntry = join(ben, kEight, 3);
    const qint64 anaEntry = join(ana, kNine, 10);
    QVERIFY(benEntry > 0 && anaEntry > 0);
    const Result<std::vector<QueueEntryRecord>> waiting = m_queue->waiting(m_venueId);
    QVERIFY2(waiting, qPrintable(errorOf(waiting)));
    QCOMPARE(waiting->size(), size_t(2));
    QCOMPARE(waiting->at(0).id, anaEntry);
    QCOMPARE(waiting->at(0).playerName, QStringLiteral("Ana"));
    QCOMPARE(waiting->at(0).game, kNine);
    QCOMPARE(waiting->at(0).joinedAt, m_now.addSecs(-600));
    QCOMPARE(waiting->at(0).starterRating, 480.0);
    QCOMPARE(waiting->at(0).state, QStringLiteral("waiting"));
    QCOMPARE(waiting->at(1).id, benEntry);
    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[1].action, QStringLiteral("queue.joined"));
    QCOMPARE(entries[1].actor, kDesk);
    QCOMPARE(entries[1].subject, QStringLiteral("player:%1").arg(ana));
    QCOMPARE(jsonOf(entries[1].details).value(QStringLiteral("game")).toString(), kNine);
}

void tst_MatchQueueRepository::aPlayerWaitsOnce()
{
    const qint64 ana = player(QStringLiteral("Ana"));
    QVERIFY(join(ana, kNine, 5) > 0);
    for (const QString &game : {kNine, kEight}) {
        const Result<qint64> again = m_queue->join(m_venueId, ana, game, kDesk);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("Ana is waiting for nine-ball already")),
                 qPrintable(again.error()));
    }
    QCOMPARE(audit().size(), size_t(1));
    // Once matched or gone, the player may wait again.
    QVERIFY(m_queue->leave(ana, kDesk));
    QVERIFY(join(ana, kEight, 0) > 0);
}

void tst_MatchQueueRepository::aPlayerOfAnotherVenueCannotJoin()
{
    const Result<qint64> joined
        = m_queue->join(m_venueId, player(QStringLiteral("Dan"), m_otherVenueId), kNine, kDesk);
    QVERIFY(!joined);
    QVERIFY2(joined.error().contains(QStringLiteral("Dan is not a player of the venue")),
             qPrintable(joined.error()));
    QVERIFY(audit().empty());
}

void tst_MatchQueueRepository::aPlayerLeaves()
{
    const qint64 ana = player(QStringLiteral("Ana"));
    const qint64 entry = join(ana, kNine, 5);
    const Result<void> left = m_queue->leave(ana, kDesk);
    QVERIFY2(left, qPrintable(errorOf(left)));
    const Result<QueueEntryRecord> read = m_queue->entry(entry);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->state, QStringLiteral("left"));
    QVERIFY(read->doneAt.isValid());
    const Result<std::vector<QueueEntryRecord>> waiting = m_queue->waiting(m_venueId);
    QVERIFY2(waiting, qPrintable(errorOf(waiting)));
    QVERIFY(waiting->empty());
    QCOMPARE(audit().back().action, QStringLiteral("queue.left"));
    QCOMPARE(audit().back().subject, QStringLiteral("player:%1").arg(ana));

    const Result<void> twice = m_queue->leave(ana, kDesk);
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(QStringLiteral("not waiting")), qPrintable(twice.error()));
    QCOMPARE(audit().size(), size_t(2));
}

void tst_MatchQueueRepository::twoPlayersAreMatched()
{
    const qint64 ana = player(QStringLiteral("Ana"));
    const qint64 ben = player(QStringLiteral("Ben"));
    const qint64 cleo = player(QStringLiteral("Cleo"));
    const qint64 anaEntry = join(ana, kNine, 12);
    const qint64 benEntry = join(ben, kNine, 8);
    const qint64 cleoEntry = join(cleo, kNine, 2);
    const Result<void> matched = m_queue->match(anaEntry, cleoEntry, kDesk);
    QVERIFY2(matched, qPrintable(errorOf(matched)));
    for (const auto &[entry, with] : {std::pair{anaEntry, cleo}, std::pair{cleoEntry, ana}}) {
        const Result<QueueEntryRecord> read = m_queue->entry(entry);
        QVERIFY2(read, qPrintable(errorOf(read)));
        QCOMPARE(read->state, QStringLiteral("matched"));
        QCOMPARE(read->matchedWith, std::optional<qint64>(with));
        QVERIFY(read->doneAt.isValid());
    }
    const Result<std::vector<QueueEntryRecord>> waiting = m_queue->waiting(m_venueId);
    QVERIFY2(waiting, qPrintable(errorOf(waiting)));
    QCOMPARE(waiting->size(), size_t(1));
    QCOMPARE(waiting->front().id, benEntry);
    const AuditEntry entry = audit().back();
    QCOMPARE(entry.action, QStringLiteral("queue.matched"));
    QCOMPARE(entry.subject, QStringLiteral("player:%1").arg(ana));
    QCOMPARE(jsonOf(entry.details).value(QStringLiteral("with")).toInteger(), cleo);
}

void tst_MatchQueueRepository::matchesAreRefused_data()
{
    QTest::addColumn<QString>("second"); // ben (8-ball), cleo (matched), dan (left), ana (self)
    QTest::addColumn<QString>("reason");
    QTest::newRow("another game") << "ben"
                                  << "Ana waits for nine-ball and Ben for eight-ball";
    QTest::newRow("matched already") << "cleo"
                                     << "Cleo is no longer waiting";
    QTest::newRow("gone") << "dan"
                          << "Dan is no longer waiting";
    QTest::newRow("oneself") << "ana"
                             << "cannot be matched with themselves";
}

void tst_MatchQueueRepository::matchesAreRefused()
{
    QFETCH(QString, second);
    QFETCH(QString, reason);
    QHash<QString, qint64> entries;
    entries[QStringLiteral("ana")] = join(player(QStringLiteral("Ana")), kNine, 9);
    entries[QStringLiteral("ben")] = join(player(QStringLiteral("Ben")), kEight, 8);
    const qint64 cleo = player(QStringLiteral("Cleo"));
    entries[QStringLiteral("cleo")] = join(cleo, kNine, 7);
    entries[QStringLiteral("eve")] = join(player(QStringLiteral("Eve")), kNine, 6);
    const qint64 dan = player(QStringLiteral("Dan"));
    entries[QStringLiteral("dan")] = join(dan, kNine, 5);
    QVERIFY(m_queue->match(entries[QStringLiteral("cleo")], entries[QStringLiteral("eve")], kDesk));
    QVERIFY(m_queue->leave(dan, kDesk));
    const size_t audited = audit().size();

    const Result<void> matched
        = m_queue->match(entries[QStringLiteral("ana")], entries[second], kDesk);
    QVERIFY(!matched);
    QVERIFY2(matched.error().contains(reason), qPrintable(matched.error()));
    QCOMPARE(audit().size(), audited);
    const Result<QueueEntryRecord> ana = m_queue->entry(entries[QStringLiteral("ana")]);
    QVERIFY2(ana, qPrintable(errorOf(ana)));
    QCOMPARE(ana->state, QStringLiteral("waiting"));
}

QTEST_GUILESS_MAIN(tst_MatchQueueRepository)

#include "tst_matchqueuerepository.moc"
