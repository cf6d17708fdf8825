// Finding players by what the desk types, and the pairs that look like one person: names
// folded (accents, case, spacing, punctuation), best matches first, phone numbers by digits.
#include <venue/playersearch.h>

#include <QTest>

using namespace dojo;
using venue::Player;
using venue::SearchRank;

Q_DECLARE_METATYPE(std::optional<dojo::venue::SearchRank>)
Q_DECLARE_METATYPE(std::vector<dojo::venue::Player>)

namespace {

// "a,b,c" as a list; "" as none.
QStringList listOf(const char *items)
{
    return QString::fromUtf8(items).split(u',', Qt::SkipEmptyParts);
}

Player playerOf(qint64 id, const char *name, const char *nickname = "", const char *contact = "")
{
    Player player;
    player.id = id;
    player.name = QString::fromUtf8(name);
    player.nickname = QString::fromUtf8(nickname);
    player.contact = QString::fromUtf8(contact);
    return player;
}

const std::vector<Player> kPlayers = {
    playerOf(1, "Anabel Ortiz", "", "anabel@example.org"),
    playerOf(2, "Ana Souza", "Lefty", "+49 170 1234567"),
    playerOf(3, "Zoë Ångström", "Zo", ""),
    playerOf(4, "Jean-Luc O'Brien", "", "0170 999 8888"),
    playerOf(5, "Mariana Ana", "", "mariana@example.org"),
    playerOf(6, "Hans Strauß", "Big Hans", ""),
    playerOf(7, "Bo", "", "bo.ana@example.org"),
};

QStringList namesOf(const std::vector<Player> &players)
{
    QStringList names;
    for (const Player &player : players)
        names << player.name;
    return names;
}

} // namespace

class tst_PlayerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldedName_data();
    void foldedName();
    void searchRank_data();
    void searchRank();
    void findPlayersBestFirst_data();
    void findPlayersBestFirst();
    void likelyDuplicates_data();
    void likelyDuplicates();
};

void tst_PlayerSearch::foldedName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << QStringLiteral("ANA Souza") << QStringLiteral("ana souza");
    QTest::newRow("accents") << QStringLiteral("Zoë Ångström") << QStringLiteral("zoe angstrom");
    QTest::newRow("spacing") << QStringLiteral("  Ana \t Souza ") << QStringLiteral("ana souza");
    QTest::newRow("punctuation") << QStringLiteral("Jean-Luc O'Brien")
                                 << QStringLiteral("jean luc o brien");
    QTest::newRow("letters spelt out")
        << QStringLiteral("Strauß Øster") << QStringLiteral("strauss oster");
    QTest::newRow("digits stay") << QStringLiteral("Table 2") << QStringLiteral("table 2");
    QTest::newRow("nothing") << QStringLiteral(" - ") << QString();
}

void tst_PlayerSearch::foldedName()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(venue::foldedName(text), folded);
}

void tst_PlayerSearch::searchRank_data()
{
    QTest::addColumn<qint64>("player"); // of kPlayers, by id
    QTest::addColumn<QString>("typed");
    QTest::addColumn<std::optional<SearchRank>>("rank");
    const auto rank = [](SearchRank r) { return std::optional<SearchRank>(r); };
    const std::optional<SearchRank> none;
    QTest::newRow("the whole name")
        << qint64(2) << QStringLiteral("ana souza") << rank(SearchRank::WholeName);
    QTest::newRow("the whole nickname")
        << qint64(2) << QStringLiteral("LEFTY") << rank(SearchRank::WholeName);
    QTest::newRow("the whole name, accents left out")
        << qint64(3) << QStringLiteral("zoe angstrom") << rank(SearchRank::WholeName);
    QTest::newRow("the start of the name")
        << qint64(1) << QStringLiteral("ana") << rank(SearchRank::NameStart);
    QTest::newRow("the start of the nickname")
        << qint64(6) << QStringLiteral("big h") << rank(SearchRank::NameStart);
    QTest::newRow("the start of a word")
        << qint64(5) << QStringLiteral("ana") << rank(SearchRank::WordStart);
    QTest::newRow("the starts of two words")
        << qint64(4) << QStringLiteral("o'b jea") << rank(SearchRank::WordStart);
    QTest::newRow("ß typed as ss")
        << qint64(6) << QStringLiteral("strauss") << rank(SearchRank::WordStart);
    QTest::newRow("inside a word")
        << qint64(2) << QStringLiteral("ouz") << rank(SearchRank::Inside);
    QTest::newRow("a word inside, a word starting")
        << qint64(2) << QStringLiteral("ana ouz") << rank(SearchRank::Inside);
    QTest::newRow("the e-mail address")
        << qint64(1) << QStringLiteral("anabel@example") << rank(SearchRank::Contact);
    QTest::newRow("inside the contact")
        << qint64(7) << QStringLiteral("ana") << rank(SearchRank::Contact);
    QTest::newRow("a phone number without its spaces")
        << qint64(2) << QStringLiteral("1701234") << rank(SearchRank::Contact);
    QTest::newRow("a phone number typed without its spaces")
        << qint64(4) << QStringLiteral("01709998888") << rank(SearchRank::Contact);
    QTest::newRow("a phone number with other spacing")
        << qint64(4) << QStringLiteral("0170-999-88") << rank(SearchRank::Contact);
    QTest::newRow("digits across the spaces")
        << qint64(2) << QStringLiteral("4917") << rank(SearchRank::Contact);
    QTest::newRow("two digits are too few to match by digits")
        << qint64(2) << QStringLiteral("91") << none;
    QTest::newRow("not there") << qint64(2) << QStringLiteral("xyz") << none;
    QTest::newRow("one word of two not there") << qint64(2) << QStringLiteral("ana xyz") << none;
    QTest::newRow("nothing typed") << qint64(3) << QString() << rank(SearchRank::WholeName);
}

void tst_PlayerSearch::searchRank()
{
    QFETCH(qint64, player);
    QFETCH(QString, typed);
    QFETCH(std::optional<SearchRank>, rank);
    const auto found = std::find_if(kPlayers.begin(), kPlayers.end(),
                                    [&](const Player &p) { return p.id == player; });
    QVERIFY(found != kPlayers.end());
    QCOMPARE(venue::searchRank(*found, typed), rank);
}

void tst_PlayerSearch::findPlayersBestFirst_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    // The start of a name beats the start of a word (Mariana Ana), which beats the contact (Bo);
    // two starts of a name go by name.
    QTest::newRow("ana") << QStringLiteral("ana")
                         << listOf("Ana Souza,Anabel Ortiz,Mariana Ana,Bo");
    QTest::newRow("ana souza") << QStringLiteral("Ana Souza") << listOf("Ana Souza");
    QTest::newRow("an") << QStringLiteral("an")
                        << listOf("Ana Souza,Anabel Ortiz,Mariana Ana,Zoë Ångström,Hans Strauß,"
                                  "Jean-Luc O'Brien,Bo");
    QTest::newRow("zo") << QStringLiteral("ZO") << listOf("Zoë Ångström");
    QTest::newRow("by phone") << QStringLiteral("0170 999") << listOf("Jean-Luc O'Brien");
    QTest::newRow("nobody") << QStringLiteral("qq") << QStringList();
    QTest::newRow("everyone, by name")
        << QString()
        << listOf(
               "Ana Souza,Anabel Ortiz,Bo,Hans Strauß,Jean-Luc O'Brien,Mariana Ana,Zoë Ångström");
}

void tst_PlayerSearch::findPlayersBestFirst()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    QCOMPARE(namesOf(venue::findPlayers(kPlayers, typed)), found);
}

void tst_PlayerSearch::likelyDuplicates_data()
{
    QTest::addColumn<std::vector<Player>>("players");
    // "first id-second id name|contact|both".
    QTest::addColumn<QStringList>("pairs");
    QTest::newRow("nobody alike") << kPlayers << QStringList();
    QTest::newRow("the same name, case, accents and spacing")
        << std::vector<Player>{playerOf(4, "Zoe  ANGSTROM"), playerOf(2, "Zoë Ångström"),
                               playerOf(9, "Zoe Angstrom Jr")}
        << listOf("2-4 name");
    QTest::newRow("spaces and punctuation left out")
        << std::vector<Player>{playerOf(1, "Jean-Luc O'Brien"), playerOf(2, "Jeanluc OBrien")}
        << listOf("1-2 name");
    QTest::newRow("three of one name: every pair")
        << std::vector<Player>{playerOf(3, "Bo"), playerOf(1, "bo"), playerOf(2, "BO")}
        << listOf("1-2 name,1-3 name,2-3 name");
    QTest::newRow("the same e-mail address, whatever its case")
        << std::vector<Player>{playerOf(1, "Ana", "", "Ana@Example.org"),
                               playerOf(2, "Anna S.", "", " ana@example.org")}
        << listOf("1-2 contact");
    QTest::newRow("the same phone number, written two ways")
        << std::vector<Player>{playerOf(1, "Ben", "", "+49 170 123-4567"),
                               playerOf(2, "Benny", "", "(49) 1701234567")}
        << listOf("1-2 contact");
    QTest::newRow("name and contact") << std::vector<Player>{playerOf(1, "Ben", "", "0170 1234567"),
                                                             playerOf(2, "ben", "", "01701234567")}
                                      << listOf("1-2 both");
    QTest::newRow("short numbers and empty contacts never match")
        << std::vector<Player>{playerOf(1, "Ana", "", "12345"), playerOf(2, "Ben", "", "12345"),
                               playerOf(3, "Cleo"), playerOf(4, "Dan")}
        << QStringList();
}

void tst_PlayerSearch::likelyDuplicates()
{
    QFETCH(std::vector<Player>, players);
    QFETCH(QStringList, pairs);
    QStringList found;
    for (const venue::LikelyDuplicate &pair : venue::likelyDuplicates(players)) {
        QVERIFY(pair.first.id < pair.second.id);
        const QString why
            = pair.sameName && pair.sameContact
                  ? QStringLiteral("both")
                  : (pair.sameName ? QStringLiteral("name") : QStringLiteral("contact"));
        found << QStringLiteral("%1-%2 %3").arg(pair.first.id).arg(pair.second.id).arg(why);
    }
    QCOMPARE(found, pairs);
}

QTEST_GUILESS_MAIN(tst_PlayerSearch)

#include "tst_playersearch.moc"
