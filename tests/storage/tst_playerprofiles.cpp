// Player profiles on both backends: contact, starter rating and merges written, read back and
// audited; merges refused into oneself, into a merged player, for a player merged already and
// across venues; a merge undone.
#include "venuedatabase.h"

#include <storage/database.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::jsonOf;

namespace {

const QString kDesk = QStringLiteral("staff:Ana");

PlayerRecord playerIn(qint64 venueId, const QString &name)
{
    PlayerRecord player;
    player.homeVenueId = venueId;
    player.name = name;
    return player;
}

} // namespace

class tst_PlayerProfiles : public QObject, private testsupport::VenueDatabase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileRoundTrip();
    void anEditWritesTheProfileAndAuditsIt();
    void starterRatingsOutOfRangeAreRefused_data();
    void starterRatingsOutOfRangeAreRefused();
    void aMergeHidesTheDuplicateAndIsUndone();
    void mergesAreRefused_data();
    void mergesAreRefused();
    void unmergingAPlayerNotMergedIsRefused();
    void removingTheKeptPlayerUnmergesItsDuplicates();

private:
    qint64 add(const QString &name, qint64 venueId = 0);

    std::unique_ptr<VenueRepository> m_venues;
};

void tst_PlayerProfiles::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_PlayerProfiles::init()
{
    const Result<void> opened = openFreshDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_venues = std::make_unique<VenueRepository>(*m_database);
    const Result<void> added = addTwoVenues();
    QVERIFY2(added, qPrintable(errorOf(added)));
}

void tst_PlayerProfiles::cleanup()
{
    m_venues.reset();
    m_database.reset();
}

qint64 tst_PlayerProfiles::add(const QString &name, qint64 venueId)
{
    const Result<qint64> id
        = m_venues->addPlayer(playerIn(venueId == 0 ? m_venueId : venueId, name), kDesk);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

void tst_PlayerProfiles::profileRoundTrip()
{
    PlayerRecord written = playerIn(m_venueId, QStringLiteral("Zoë Ångström"));
    written.nickname = QStringLiteral("Z");
    written.memberUntil = QDate(2027, 3, 31);
    written.contact = QStringLiteral("+49 170 1234567");
    written.starterRating = 612.5;
    const Result<qint64> id = m_venues->addPlayer(written, kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<qint64> plain = m_venues->addPlayer(playerIn(m_venueId, QStringLiteral("Ben")));
    QVERIFY2(plain, qPrintable(errorOf(plain)));

    const Result<PlayerRecord> read = m_venues->player(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->name, written.name);
    QCOMPARE(read->nickname, written.nickname);
    QCOMPARE(read->memberUntil, written.memberUntil);
    QCOMPARE(read->contact, written.contact);
    QCOMPARE(read->starterRating, written.starterRating);
    QVERIFY(!read->mergedInto);

    const Result<PlayerRecord> defaults = m_venues->player(*plain);
    QVERIFY2(defaults, qPrintable(errorOf(defaults)));
    QCOMPARE(defaults->contact, QString());
    QCOMPARE(defaults->starterRating, 500.0);
    QVERIFY(!defaults->mergedInto);

    const Result<std::vector<PlayerRecord>> players = m_venues->players(m_venueId);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->size(), size_t(2));
    QCOMPARE(players->at(1).contact, written.contact);
    QCOMPARE(players->at(1).starterRating, written.starterRating);

    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), size_t(1)); // the player added without an actor is not audited
    QCOMPARE(entries[0].action, QStringLiteral("player.added"));
    QCOMPARE(jsonOf(entries[0].details).value(QStringLiteral("contact")).toString(),
             written.contact);
    QCOMPARE(jsonOf(entries[0].details).value(QStringLiteral("starterRating")).toDouble(),
             written.starterRating);
}

void tst_PlayerProfiles::anEditWritesTheProfileAndAuditsIt()
{
    const qint64 id = add(QStringLiteral("Ana"));
    QVERIFY(id > 0);
    Result<PlayerRecord> player = m_venues->player(id);
    QVERIFY2(player, qPrintable(errorOf(player)));
    PlayerRecord edited = *player;
    edited.contact = QStringLiteral("ana@example.org");
    edited.starterRating = 450;
    const Result<void> updated = m_venues->updatePlayer(edited, kDesk);
    QVERIFY2(updated, qPrintable(errorOf(updated)));
    player = m_venues->player(id);
    QVERIFY2(player, qPrintable(errorOf(player)));
    QCOMPARE(player->contact, edited.contact);
    QCOMPARE(player->starterRating, 450.0);

    // The same again writes nothing and audits nothing.
    const Result<void> again = m_venues->updatePlayer(edited, kDesk);
    QVERIFY2(again, qPrintable(errorOf(again)));
    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[1].action, QStringLiteral("player.edited"));
    QCOMPARE(entries[1].actor, kDesk);
    QCOMPARE(entries[1].subject, QStringLiteral("player:%1").arg(id));
    const QJsonObject change = jsonOf(entries[1].details);
    QCOMPARE(change[QStringLiteral("from")][QStringLiteral("contact")].toString(), QString());
    QCOMPARE(change[QStringLiteral("to")][QStringLiteral("contact")].toString(), edited.contact);
    QCOMPARE(change[QStringLiteral("from")][QStringLiteral("starterRating")].toDouble(), 500.0);
    QCOMPARE(change[QStringLiteral("to")][QStringLiteral("starterRating")].toDouble(), 450.0);
}

void tst_PlayerProfiles::starterRatingsOutOfRangeAreRefused_data()
{
    QTest::addColumn<double>("rating");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the lowest") << 100.0 << true;
    QTest::newRow("the highest") << 1000.0 << true;
    QTest::newRow("below") << 99.5 << false;
    QTest::newRow("above") << 1000.5 << false;
    QTest::newRow("nothing") << 0.0 << false;
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << false;
}

void tst_PlayerProfiles::starterRatingsOutOfRangeAreRefused()
{
    QFETCH(double, rating);
    QFETCH(bool, accepted);
    PlayerRecord player = playerIn(m_venueId, QStringLiteral("Ana"));
    player.starterRating = rating;
    const Result<qint64> added = m_venues->addPlayer(player, kDesk);
    QCOMPARE(bool(added), accepted);
    if (!accepted)
        QVERIFY2(added.error().contains(QStringLiteral("starter rating")),
                 qPrintable(added.error()));

    // An edit is checked the same way.
    const qint64 id = add(QStringLiteral("Ben"));
    Result<PlayerRecord> ben = m_venues->player(id);
    QVERIFY2(ben, qPrintable(errorOf(ben)));
    ben->starterRating = rating;
    const Result<void> updated = m_venues->updatePlayer(*ben, kDesk);
    QCOMPARE(bool(updated), accepted);
    const Result<PlayerRecord> read = m_venues->player(id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->starterRating, accepted ? rating : 500.0);
}

void tst_PlayerProfiles::aMergeHidesTheDuplicateAndIsUndone()
{
    const qint64 kept = add(QStringLiteral("Ana Souza"));
    const qint64 duplicate = add(QStringLiteral("ana souza"));
    const qint64 other = add(QStringLiteral("Ben"));
    QVERIFY(kept > 0 && duplicate > 0 && other > 0);

    const Result<void> merged = m_venues->mergePlayer(duplicate, kept, kDesk);
    QVERIFY2(merged, qPrintable(errorOf(merged)));
    Result<std::vector<PlayerRecord>> players = m_venues->players(m_venueId);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->size(), size_t(2));
    QVERIFY(std::none_of(players->begin(), players->end(),
                         [&](const PlayerRecord &p) { return p.id == duplicate; }));
    Result<std::vector<PlayerRecord>> hidden = m_venues->mergedPlayers(m_venueId);
    QVERIFY2(hidden, qPrintable(errorOf(hidden)));
    QCOMPARE(hidden->size(), size_t(1));
    QCOMPARE(hidden->front().id, duplicate);
    QCOMPARE(hidden->front().mergedInto, std::optional<qint64>(kept));

    // A player merged into the kept one can itself be kept for another.
    const Result<void> chained = m_venues->mergePlayer(other, kept, kDesk);
    QVERIFY2(chained, qPrintable(errorOf(chained)));

    const Result<void> unmerged = m_venues->unmergePlayer(duplicate, kDesk);
    QVERIFY2(unmerged, qPrintable(errorOf(unmerged)));
    players = m_venues->players(m_venueId);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->size(), size_t(2));
    hidden = m_venues->mergedPlayers(m_venueId);
    QVERIFY2(hidden, qPrintable(errorOf(hidden)));
    QCOMPARE(hidden->size(), size_t(1));
    QCOMPARE(hidden->front().id, other);
    const Result<PlayerRecord> back = m_venues->player(duplicate);
    QVERIFY2(back, qPrintable(errorOf(back)));
    QVERIFY(!back->mergedInto);

    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), size_t(6)); // three added, two merged, one unmerged
    QCOMPARE(entries[3].action, QStringLiteral("player.merged"));
    QCOMPARE(entries[3].actor, kDesk);
    QCOMPARE(entries[3].subject, QStringLiteral("player:%1").arg(duplicate));
    QCOMPARE(jsonOf(entries[3].details).value(QStringLiteral("into")).toInteger(), kept);
    QCOMPARE(jsonOf(entries[3].details).value(QStringLiteral("intoName")).toString(),
             QStringLiteral("Ana Souza"));
    QCOMPARE(entries[4].action, QStringLiteral("player.merged"));
    QCOMPARE(entries[4].subject, QStringLiteral("player:%1").arg(other));
    QCOMPARE(entries[5].action, QStringLiteral("player.unmerged"));
    QCOMPARE(entries[5].subject, QStringLiteral("player:%1").arg(duplicate));
    QCOMPARE(jsonOf(entries[5].details).value(QStringLiteral("from")).toInteger(), kept);
}

void tst_PlayerProfiles::mergesAreRefused_data()
{
    QTest::addColumn<QString>("duplicate"); // of the players below: a, b, merged, elsewhere
    QTest::addColumn<QString>("into");
    QTest::addColumn<QString>("reason");
    QTest::newRow("into itself") << "a"
                                 << "a"
                                 << "cannot be merged into themselves";
    QTest::newRow("into a merged player") << "a"
                                          << "merged"
                                          << "merge into the player kept";
    QTest::newRow("a player merged already") << "merged"
                                             << "a"
                                             << "already merged";
    QTest::newRow("across venues") << "a"
                                   << "elsewhere"
                                   << "of different venues";
    QTest::newRow("no such player") << "a"
                                    << "nobody"
                                    << "there is no such player";
}

void tst_PlayerProfiles::mergesAreRefused()
{
    QFETCH(QString, duplicate);
    QFETCH(QString, into);
    QFETCH(QString, reason);
    const QHash<QString, qint64> ids{
        {QStringLiteral("a"), add(QStringLiteral("Ana"))},
        {QStringLiteral("b"), add(QStringLiteral("Ben"))},
        {QStringLiteral("merged"), add(QStringLiteral("Ana S."))},
        {QStringLiteral("elsewhere"), add(QStringLiteral("Ana"), m_otherVenueId)},
        {QStringLiteral("nobody"), 999999}};
    const Result<void> first
        = m_venues->mergePlayer(ids[QStringLiteral("merged")], ids[QStringLiteral("b")], kDesk);
    QVERIFY2(first, qPrintable(errorOf(first)));
    const size_t audited = audit().size();

    const Result<void> merged = m_venues->mergePlayer(ids[duplicate], ids[into], kDesk);
    QVERIFY(!merged);
    QVERIFY2(merged.error().contains(reason), qPrintable(merged.error()));
    QCOMPARE(audit().size(), audited);
    const Result<PlayerRecord> unchanged = m_venues->player(ids[duplicate]);
    QVERIFY2(unchanged, qPrintable(errorOf(unchanged)));
    QCOMPARE(unchanged->mergedInto, duplicate == u"merged"
                                        ? std::optional<qint64>(ids[QStringLiteral("b")])
                                        : std::nullopt);
}

void tst_PlayerProfiles::unmergingAPlayerNotMergedIsRefused()
{
    const qint64 id = add(QStringLiteral("Ana"));
    const size_t audited = audit().size();
    const Result<void> unmerged = m_venues->unmergePlayer(id, kDesk);
    QVERIFY(!unmerged);
    QVERIFY2(unmerged.error().contains(QStringLiteral("Ana is not merged")),
             qPrintable(unmerged.error()));
    QCOMPARE(audit().size(), audited);
}

void tst_PlayerProfiles::removingTheKeptPlayerUnmergesItsDuplicates()
{
    const qint64 kept = add(QStringLiteral("Ana"));
    const qint64 duplicate = add(QStringLiteral("ANA"));
    const Result<void> merged = m_venues->mergePlayer(duplicate, kept, kDesk);
    QVERIFY2(merged, qPrintable(errorOf(merged)));
    const Result<void> removed = m_venues->removePlayer(kept, kDesk);
    QVERIFY2(removed, qPrintable(errorOf(removed)));
    const Result<std::vector<PlayerRecord>> players = m_venues->players(m_venueId);
    QVERIFY2(players, qPrintable(errorOf(players)));
    QCOMPARE(players->size(), size_t(1));
    QCOMPARE(players->front().id, duplicate);
}

QTEST_GUILESS_MAIN(tst_PlayerProfiles)

#include "tst_playerprofiles.moc"
