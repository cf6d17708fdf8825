// A client's message read whole (docs/protocol.md, "Client to server"): every type with good
// fields, and every field wrong, each answered with its close code and a reason naming it.

#include <live/clientmessage.h>

#include <core/pocket.h>
#include <rules/game.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dojo;
using namespace dojo::live;

namespace {

QString orDash(const std::optional<QString> &value)
{
    return value ? *value : QStringLiteral("-");
}

template<typename T> QString numberOrDash(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// The message as one line, every field by name, so that a row reads what it expects.
QString describe(const ClientMessage &message)
{
    struct Describe
    {
        QString operator()(const JoinMessage &join) const
        {
            return QStringLiteral("join table=%1 k=%2 seq=%3 seat=%4")
                .arg(join.table, orDash(join.token), numberOrDash(join.seq),
                     numberOrDash(join.seat));
        }
        QString operator()(const SitMessage &sit) const
        {
            return QStringLiteral("sit seat=%1").arg(sit.seat);
        }
        QString operator()(const SetupMessage &setup) const
        {
            return QStringLiteral("setup game=%1 race=%2 players=%3,%4 seat=%5")
                .arg(rules::gameKey(setup.game))
                .arg(setup.race)
                .arg(setup.players[0], setup.players[1], numberOrDash(setup.seat));
        }
        QString operator()(const ChatMessage &chat) const
        {
            return QStringLiteral("chat text=%1").arg(chat.text);
        }
        QString operator()(const PingMessage &) const { return QStringLiteral("ping"); }
        QString operator()(const venue::PlayerRequest &request) const
        {
            switch (request.kind) {
            case venue::PlayerRequest::Kind::Call:
                return QStringLiteral("call ball=%1 pocket=%2")
                    .arg(request.call.ball)
                    .arg(pocketKey(request.call.pocket));
            case venue::PlayerRequest::Kind::Safety: return QStringLiteral("safety");
            case venue::PlayerRequest::Kind::PushOut: return QStringLiteral("push-out");
            case venue::PlayerRequest::Kind::Choose:
                return QStringLiteral("choose choice=%1").arg(rules::choiceKey(request.choice));
            }
            return QStringLiteral("a request of no known kind");
        }
    };
    return std::visit(Describe{}, message);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QByteArray chatOf(int length)
{
    return utf8(QStringLiteral("{\"type\": \"chat\", \"text\": \"%1\"}")
                    .arg(QString(length, QLatin1Char('x'))));
}

QByteArray setupNaming(const QString &first, const QString &second)
{
    return utf8(QStringLiteral("{\"type\": \"setup\", \"game\": \"nine-ball\", \"race\": 5, "
                               "\"players\": [\"%1\", \"%2\"]}")
                    .arg(first, second));
}

} // namespace

class tst_ClientMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void broken_data();
    void broken();
};

void tst_ClientMessage::wellFormed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("join as a spectator") << QByteArray(R"({"type": "join", "table": "Table 1"})")
                                         << QStringLiteral("join table=Table 1 k=- seq=- seat=-");
    QTest::newRow("join as a player, resuming, seated, protocol 1")
        << QByteArray(R"({"type": "join", "table": "Table 1", "k": "abcDEF_-12", )"
                      R"("seq": 1764743470000017, "seat": 1, "protocol": 1})")
        << QStringLiteral("join table=Table 1 k=abcDEF_-12 seq=1764743470000017 seat=1");
    QTest::newRow("join with null token, seq and seat")
        << QByteArray(R"({"type": "join", "table": "Café Ü", "k": null, "seq": null, )"
                      R"("seat": null})")
        << QStringLiteral("join table=Café Ü k=- seq=- seat=-");
    QTest::newRow("join resuming from seq 0")
        << QByteArray(R"({"type": "join", "table": "T", "seq": 0})")
        << QStringLiteral("join table=T k=- seq=0 seat=-");
    QTest::newRow("sit on seat 0")
        << QByteArray(R"({"type": "sit", "seat": 0})") << QStringLiteral("sit seat=0");
    QTest::newRow("sit on seat 1")
        << QByteArray(R"({"type": "sit", "seat": 1})") << QStringLiteral("sit seat=1");
    QTest::newRow("setup nine-ball, seated")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": 5, )"
                      R"("players": ["Ada", "Bo"], "seat": 0})")
        << QStringLiteral("setup game=nine-ball race=5 players=Ada,Bo seat=0");
    QTest::newRow("setup eight-ball, race 1, names trimmed")
        << QByteArray(R"({"type": "setup", "game": "eight-ball", "race": 1, )"
                      R"("players": ["  Ada ", "Bo"]})")
        << QStringLiteral("setup game=eight-ball race=1 players=Ada,Bo seat=-");
    QTest::newRow("setup ten-ball, race 99")
        << QByteArray(R"({"type": "setup", "game": "ten-ball", "race": 99, )"
                      R"("players": ["Ada", "Bo"], "seat": 1})")
        << QStringLiteral("setup game=ten-ball race=99 players=Ada,Bo seat=1");
    QTest::newRow("setup straight-pool to 100 points")
        << QByteArray(R"({"type": "setup", "game": "straight-pool", "race": 100, )"
                      R"("players": ["Ada", "Bo"]})")
        << QStringLiteral("setup game=straight-pool race=100 players=Ada,Bo seat=-");
    QTest::newRow("setup, names of 40 characters")
        << setupNaming(QString(40, QLatin1Char('a')), QString(40, QLatin1Char('b')))
        << QStringLiteral("setup game=nine-ball race=5 players=%1,%2 seat=-")
               .arg(QString(40, QLatin1Char('a')), QString(40, QLatin1Char('b')));
    QTest::newRow("call the 9 in the foot-left pocket")
        << QByteArray(R"({"type": "call", "ball": 9, "pocket": "foot-left"})")
        << QStringLiteral("call ball=9 pocket=foot-left");
    QTest::newRow("call the 1 in the head-right pocket")
        << QByteArray(R"({"type": "call", "ball": 1, "pocket": "head-right"})")
        << QStringLiteral("call ball=1 pocket=head-right");
    QTest::newRow("call the 15 in the right side pocket")
        << QByteArray(R"({"type": "call", "ball": 15, "pocket": "side-right"})")
        << QStringLiteral("call ball=15 pocket=side-right");
    QTest::newRow("safety") << QByteArray(R"({"type": "safety"})") << QStringLiteral("safety");
    QTest::newRow("push-out") << QByteArray(R"({"type": "push-out"})")
                              << QStringLiteral("push-out");
    QTest::newRow("choose hand-back") << QByteArray(R"({"type": "choose", "choice": "hand-back"})")
                                      << QStringLiteral("choose choice=hand-back");
    QTest::newRow("choose ball in hand behind the head string")
        << QByteArray(R"({"type": "choose", "choice": "ball-in-hand-behind-head-string"})")
        << QStringLiteral("choose choice=ball-in-hand-behind-head-string");
    QTest::newRow("chat") << QByteArray(R"({"type": "chat", "text": "nice shot"})")
                          << QStringLiteral("chat text=nice shot");
    QTest::newRow("chat of 280 characters")
        << chatOf(280) << QStringLiteral("chat text=%1").arg(QString(280, QLatin1Char('x')));
    QTest::newRow("chat in UTF-8")
        << utf8(QStringLiteral("{\"type\": \"chat\", \"text\": \"Café Ü\"}"))
        << QStringLiteral("chat text=Café Ü");
    QTest::newRow("ping") << QByteArray(R"({"type": "ping"})") << QStringLiteral("ping");
    QTest::newRow("ping with fields it does not need")
        << QByteArray(R"({"type": "ping", "extra": [1, 2]})") << QStringLiteral("ping");
}

void tst_ClientMessage::wellFormed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);

    const Result<ClientMessage, ProtocolError> read = readClientMessage(text);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().reason));
    QCOMPARE(describe(*read), message);
    const QString type
        = QJsonDocument::fromJson(text).object().value(QStringLiteral("type")).toString();
    QCOMPARE(messageType(*read), type);
}

void tst_ClientMessage::broken_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("reasonWord"); // a word the reason must hold

    const QString json = QStringLiteral("JSON");
    const QString type = QStringLiteral("type");
    QTest::newRow("not JSON") << QByteArray("hello") << 1007 << json;
    QTest::newRow("JSON cut short") << QByteArray(R"({"type": "ping")") << 1007 << json;
    QTest::newRow("an array") << QByteArray(R"([{"type": "ping"}])") << 1007 << json;
    QTest::newRow("a number") << QByteArray("42") << 1007 << json;
    QTest::newRow("empty") << QByteArray() << 1007 << json;
    QTest::newRow("no type") << QByteArray(R"({"table": "Table 1"})") << 1008 << type;
    QTest::newRow("type not a text") << QByteArray(R"({"type": 3})") << 1008 << type;
    QTest::newRow("unknown type") << QByteArray(R"({"type": "dance"})") << 1008
                                  << QStringLiteral("dance");
    QTest::newRow("type in capitals")
        << QByteArray(R"({"type": "PING"})") << 1008 << QStringLiteral("PING");

    QTest::newRow("join: protocol 2")
        << QByteArray(R"({"type": "join", "table": "Table 1", "protocol": 2})") << 4000
        << QStringLiteral("protocol");
    QTest::newRow("join: protocol as text")
        << QByteArray(R"({"type": "join", "table": "Table 1", "protocol": "1"})") << 1008
        << QStringLiteral("protocol");
    QTest::newRow("join: no table")
        << QByteArray(R"({"type": "join"})") << 1008 << QStringLiteral("table");
    QTest::newRow("join: empty table")
        << QByteArray(R"({"type": "join", "table": ""})") << 1008 << QStringLiteral("table");
    QTest::newRow("join: table a number")
        << QByteArray(R"({"type": "join", "table": 1})") << 1008 << QStringLiteral("table");
    QTest::newRow("join: token a number")
        << QByteArray(R"({"type": "join", "table": "Table 1", "k": 5})") << 1008
        << QStringLiteral("k");
    QTest::newRow("join: seq as text")
        << QByteArray(R"({"type": "join", "table": "Table 1", "seq": "17"})") << 1008
        << QStringLiteral("seq");
    QTest::newRow("join: negative seq")
        << QByteArray(R"({"type": "join", "table": "Table 1", "seq": -1})") << 1008
        << QStringLiteral("seq");
    QTest::newRow("join: fractional seq")
        << QByteArray(R"({"type": "join", "table": "Table 1", "seq": 1.5})") << 1008
        << QStringLiteral("seq");
    QTest::newRow("join: seat 2") << QByteArray(
        R"({"type": "join", "table": "Table 1", "seat": 2})")
                                  << 1008 << QStringLiteral("seat");

    QTest::newRow("sit: no seat") << QByteArray(R"({"type": "sit"})") << 1008
                                  << QStringLiteral("seat");
    QTest::newRow("sit: seat 2") << QByteArray(R"({"type": "sit", "seat": 2})") << 1008
                                 << QStringLiteral("seat");
    QTest::newRow("sit: seat -1") << QByteArray(R"({"type": "sit", "seat": -1})") << 1008
                                  << QStringLiteral("seat");
    QTest::newRow("sit: seat as text")
        << QByteArray(R"({"type": "sit", "seat": "0"})") << 1008 << QStringLiteral("seat");
    QTest::newRow("sit: seat 0.5")
        << QByteArray(R"({"type": "sit", "seat": 0.5})") << 1008 << QStringLiteral("seat");

    const QByteArray players = R"("players": ["Ada", "Bo"])";
    QTest::newRow("setup: no game")
        << QByteArray(R"({"type": "setup", "race": 5, )" + players + "}") << 1008
        << QStringLiteral("game");
    QTest::newRow("setup: unknown game")
        << QByteArray(R"({"type": "setup", "game": "snooker", "race": 5, )" + players + "}") << 1008
        << QStringLiteral("game");
    QTest::newRow("setup: race 0")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": 0, )" + players + "}")
        << 1008 << QStringLiteral("race");
    QTest::newRow("setup: race 100")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": 100, )" + players + "}")
        << 1008 << QStringLiteral("race");
    QTest::newRow("setup: race as text")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": "5", )" + players + "}")
        << 1008 << QStringLiteral("race");
    QTest::newRow("setup: no race")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", )" + players + "}") << 1008
        << QStringLiteral("race");
    QTest::newRow("setup: one player")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": 5, "players": ["Ada"]})")
        << 1008 << QStringLiteral("players");
    QTest::newRow("setup: no players")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": 5})") << 1008
        << QStringLiteral("players");
    QTest::newRow("setup: a player a number")
        << QByteArray(R"({"type": "setup", "game": "nine-ball", "race": 5, "players": ["Ada", 7]})")
        << 1008 << QStringLiteral("name");
    QTest::newRow("setup: an empty name")
        << setupNaming(QStringLiteral("Ada"), QStringLiteral("  ")) << 1008
        << QStringLiteral("name");
    QTest::newRow("setup: a name of 41 characters")
        << setupNaming(QStringLiteral("Ada"), QString(41, QLatin1Char('b'))) << 1008
        << QStringLiteral("name");
    QTest::newRow("setup: names equal ignoring case")
        << setupNaming(QStringLiteral("Ada"), QStringLiteral("ADA")) << 1008
        << QStringLiteral("different");
    QTest::newRow("setup: seat 2") << QByteArray(
        R"({"type": "setup", "game": "nine-ball", "race": 5, )" + players + R"(, "seat": 2})")
                                   << 1008 << QStringLiteral("seat");

    QTest::newRow("call: no ball") << QByteArray(R"({"type": "call", "pocket": "foot-left"})")
                                   << 1008 << QStringLiteral("ball");
    QTest::newRow("call: ball 0") << QByteArray(
        R"({"type": "call", "ball": 0, "pocket": "foot-left"})")
                                  << 1008 << QStringLiteral("ball");
    QTest::newRow("call: ball 16")
        << QByteArray(R"({"type": "call", "ball": 16, "pocket": "foot-left"})") << 1008
        << QStringLiteral("ball");
    QTest::newRow("call: ball as text")
        << QByteArray(R"({"type": "call", "ball": "9", "pocket": "foot-left"})") << 1008
        << QStringLiteral("ball");
    QTest::newRow("call: unknown pocket")
        << QByteArray(R"({"type": "call", "ball": 9, "pocket": "corner"})") << 1008
        << QStringLiteral("pocket");
    QTest::newRow("call: no pocket")
        << QByteArray(R"({"type": "call", "ball": 9})") << 1008 << QStringLiteral("pocket");
    QTest::newRow("choose: unknown choice") << QByteArray(R"({"type": "choose", "choice": "pass"})")
                                            << 1008 << QStringLiteral("choice");
    QTest::newRow("choose: no choice")
        << QByteArray(R"({"type": "choose"})") << 1008 << QStringLiteral("choice");
    QTest::newRow("chat: 281 characters") << chatOf(281) << 1008 << QStringLiteral("text");
    QTest::newRow("chat: empty") << chatOf(0) << 1008 << QStringLiteral("text");
    QTest::newRow("chat: only spaces")
        << QByteArray(R"({"type": "chat", "text": "   "})") << 1008 << QStringLiteral("text");
    QTest::newRow("chat: no text")
        << QByteArray(R"({"type": "chat"})") << 1008 << QStringLiteral("text");
    QTest::newRow("chat: text a number")
        << QByteArray(R"({"type": "chat", "text": 5})") << 1008 << QStringLiteral("text");
}

void tst_ClientMessage::broken()
{
    QFETCH(QByteArray, text);
    QFETCH(int, closeCode);
    QFETCH(QString, reasonWord);

    const Result<ClientMessage, ProtocolError> read = readClientMessage(text);
    QVERIFY2(!read, qPrintable(read ? QStringLiteral("read as: ") + describe(*read) : QString()));
    QCOMPARE(read.error().closeCode, closeCode);
    QVERIFY2(read.error().reason.contains(reasonWord),
             qPrintable(QStringLiteral("the reason \"%1\" does not name \"%2\"")
                            .arg(read.error().reason, reasonWord)));
    QVERIFY2(read.error().reason.endsWith(QLatin1Char('.')),
             qPrintable(QStringLiteral("not one sentence: ") + read.error().reason));
}

QTEST_GUILESS_MAIN(tst_ClientMessage)
#include "tst_clientmessage.moc"
