// Whose a recorded name is: the name as written, then folded, then a nickname, each through
// merges to the player kept; a name two different players share is nobody's.
#include <venue/playeridentity.h>

#include <QTest>

using namespace dojo;
using venue::Player;
using venue::PlayerIdentity;

namespace {

Player playerOf(qint64 id, const char *name, const char *nickname = "",
                std::optional<qint64> mergedInto = std::nullopt)
{
    Player player;
    player.id = id;
    player.name = QString::fromUtf8(name);
    player.nickname = QString::fromUtf8(nickname);
    player.mergedInto = mergedInto;
    return player;
}

const std::vector<Player> kPlayers = {
    playerOf(1, "Ana Souza", "Lefty"),
    playerOf(2, "ana souza", "", 1), // a duplicate typed in lower case, merged
    playerOf(3, "Ben Ortiz", "Benny"),
    playerOf(4, "Ben Ortiz"), // another Ben Ortiz, not the same person
    playerOf(6, "Zoë"),
    playerOf(7, "Max"),
    playerOf(8, "MAX"),
    playerOf(9, "Kim"),
    playerOf(10, "Lee", "Kim"),
    playerOf(11, "Old Tom", "", 12),
    playerOf(12, "Tom Young", "", 13),
    playerOf(13, "Thomas"),
};

} // namespace

class tst_PlayerIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playerOfName_data();
    void playerOfName();
    void keptPlayerAndSamePerson_data();
    void keptPlayerAndSamePerson();
    void namesOfTheSamePerson();
};

void tst_PlayerIdentity::playerOfName_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<qint64>("player"); // 0: nobody
    QTest::newRow("the name as written") << QStringLiteral("Ana Souza") << qint64(1);
    QTest::newRow("a merged duplicate's name") << QStringLiteral("ana souza") << qint64(1);
    QTest::newRow("folded: both are one person") << QStringLiteral(" ANA  SOUZA") << qint64(1);
    QTest::newRow("a nickname") << QStringLiteral("lefty") << qint64(1);
    QTest::newRow("two players of one name") << QStringLiteral("Ben Ortiz") << qint64(0);
    QTest::newRow("the nickname tells them apart") << QStringLiteral("Benny") << qint64(3);
    QTest::newRow("accents left out") << QStringLiteral("Zoe") << qint64(6);
    QTest::newRow("accents as written") << QStringLiteral("Zoë") << qint64(6);
    QTest::newRow("written exactly beats folded") << QStringLiteral("MAX") << qint64(8);
    QTest::newRow("written exactly, the other") << QStringLiteral("Max") << qint64(7);
    QTest::newRow("folded, two people") << QStringLiteral("max") << qint64(0);
    QTest::newRow("a name beats a nickname") << QStringLiteral("kim") << qint64(9);
    QTest::newRow("merged twice over") << QStringLiteral("Old Tom") << qint64(13);
    QTest::newRow("nobody") << QStringLiteral("Dan") << qint64(0);
    QTest::newRow("nothing") << QString() << qint64(0);
}

void tst_PlayerIdentity::playerOfName()
{
    QFETCH(QString, recorded);
    QFETCH(qint64, player);
    const PlayerIdentity identity(kPlayers);
    QCOMPARE(identity.playerOfName(recorded).value_or(0), player);
}

void tst_PlayerIdentity::keptPlayerAndSamePerson_data()
{
    QTest::addColumn<qint64>("player");
    QTest::addColumn<qint64>("kept");
    QTest::addColumn<QList<qint64>>("samePerson");
    QTest::newRow("kept") << qint64(1) << qint64(1) << QList<qint64>{1, 2};
    QTest::newRow("merged") << qint64(2) << qint64(1) << QList<qint64>{1, 2};
    QTest::newRow("alone") << qint64(3) << qint64(3) << QList<qint64>{3};
    QTest::newRow("the first of a chain") << qint64(11) << qint64(13) << QList<qint64>{13, 11, 12};
    QTest::newRow("the middle of a chain") << qint64(12) << qint64(13) << QList<qint64>{13, 11, 12};
    QTest::newRow("unknown") << qint64(99) << qint64(99) << QList<qint64>{99};
}

void tst_PlayerIdentity::keptPlayerAndSamePerson()
{
    QFETCH(qint64, player);
    QFETCH(qint64, kept);
    QFETCH(QList<qint64>, samePerson);
    const PlayerIdentity identity(kPlayers);
    QCOMPARE(identity.keptPlayer(player), kept);
    const std::vector<qint64> same = identity.samePerson(player);
    QCOMPARE(QList<qint64>(same.begin(), same.end()), samePerson);
}

void tst_PlayerIdentity::namesOfTheSamePerson()
{
    const PlayerIdentity identity(kPlayers);
    QCOMPARE(identity.namesOf(11), (QStringList{QStringLiteral("Thomas"), QStringLiteral("Old Tom"),
                                                QStringLiteral("Tom Young")}));
    QCOMPARE(identity.namesOf(2), (QStringList{QStringLiteral("Ana Souza"), QStringLiteral("Lefty"),
                                               QStringLiteral("ana souza")}));
    QCOMPARE(identity.player(2)->mergedInto, std::optional<qint64>(1));
    QVERIFY(!identity.player(99));
}

QTEST_GUILESS_MAIN(tst_PlayerIdentity)

#include "tst_playeridentity.moc"
