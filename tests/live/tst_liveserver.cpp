// The live server in-process on loopback: WebSocket clients join a table as spectators or
// players, get the snapshot and the table's numbered messages, are closed with the protocol's
// codes when they break a rule, the JSON API answers, and a client that reads too slowly
// skips states and is closed (4009) while another keeps every message.

#include <live/jointokens.h>
#include <live/liveserver.h>
#include <live/livetable.h>
#include <venue/scoreboard.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <optional>
#include <set>

using namespace dojo;
using namespace dojo::live;

namespace {

const QByteArray kSecret = QByteArrayLiteral("a venue secret of the test, 32 b");
constexpr qint64 kTableId = 7;
constexpr int kTimeoutMs = 5000;

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString typeOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

QString compact(const QJsonObject &message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

// A WebSocket client of the test: what it received, and how it was closed.
class Client
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { m_received.push_back(parse(text)); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    }
    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kTimeoutMs);
    }
    void send(const QJsonObject &message) { m_socket.sendTextMessage(compact(message)); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    const std::vector<QJsonObject> &received() const { return m_received; }
    bool closed() const { return m_closed; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QWebSocket m_socket;
    std::vector<QJsonObject> m_received;
    bool m_closed = false;
};

QJsonObject joinMessage(const QString &table, const std::optional<QString> &token = {})
{
    QJsonObject join{{QStringLiteral("type"), QStringLiteral("join")},
                     {QStringLiteral("table"), table}};
    if (token)
        join.insert(QStringLiteral("k"), *token);
    return join;
}

// One masked client text frame (RFC 6455 5.2), as a browser sends it.
QByteArray clientFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81)); // FIN, text
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ key[i % 4]));
    return frame;
}

// The server's frames read from a raw stream: text payloads and the close code, if any.
struct ServerFrames
{
    std::vector<QJsonObject> texts;
    std::optional<int> closeCode;
    QByteArray rest; // an incomplete frame at the end
};

void readFrames(QByteArray data, ServerFrames &frames)
{
    data.prepend(frames.rest);
    qsizetype at = 0;
    while (data.size() - at >= 2) {
        const int opcode = quint8(data[at]) & 0x0f;
        qint64 length = quint8(data[at + 1]) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (data.size() - at < 4)
                break;
            length = (qint64(quint8(data[at + 2])) << 8) | quint8(data[at + 3]);
            header = 4;
        } else if (length == 127) {
            if (data.size() - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(data[at + 2 + i]);
            header = 10;
        }
        if (data.size() - at < header + length)
            break;
        const QByteArray payload = data.mid(at + header, length);
        if (opcode == 0x1)
            frames.texts.push_back(QJsonDocument::fromJson(payload).object());
        else if (opcode == 0x8 && payload.size() >= 2)
            frames.closeCode = (quint8(payload[0]) << 8) | quint8(payload[1]);
        at += header + length;
    }
    frames.rest = data.mid(at);
}

} // namespace

class tst_LiveServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void spectatorGetsSnapshotThenStates();
    void join_data();
    void join();
    void brokenRules_data();
    void brokenRules();
    void pingAndRequests();
    void seats();
    void resumeSendsWhatWasMissed();
    void apiTables();
    void apiTournaments_data();
    void apiTournaments();
    void slowClientSkipsStatesAndIsClosed();

private:
    std::unique_ptr<LiveServer> m_server;
    LiveTable *m_table = nullptr;
};

void tst_LiveServer::init()
{
    m_server = std::make_unique<LiveServer>();
    m_server->setVenueName(QStringLiteral("Dojo Test"));
    m_server->setJoinSecret(kSecret);
    const Result<quint16> port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port, qPrintable(port ? QString() : port.error()));
    QVERIFY(*port != 0);
    LiveTableInfo info;
    info.id = kTableId;
    info.name = QStringLiteral("Table 1");
    info.size = TableSize::NineFoot;
    info.status = QStringLiteral("free");
    info.camera = QStringLiteral("none");
    m_table = m_server->addTable(info);
    QVERIFY(m_table);
}

void tst_LiveServer::cleanup()
{
    m_table = nullptr;
    m_server.reset();
}

void tst_LiveServer::spectatorGetsSnapshotThenStates()
{
    Client client(m_server->port());
    QVERIFY(client.waitConnected());
    client.send(joinMessage(QStringLiteral("Table 1")));
    QTRY_COMPARE_WITH_TIMEOUT(client.received().size(), std::size_t(1), kTimeoutMs);
    const QJsonObject snapshot = client.received().front();
    QCOMPARE(typeOf(snapshot), QStringLiteral("snapshot"));
    QCOMPARE(snapshot[QStringLiteral("role")].toString(), QStringLiteral("spectator"));
    QCOMPARE(snapshot[QStringLiteral("table")][QStringLiteral("name")].toString(),
             QStringLiteral("Table 1"));
    const qint64 seq = snapshot[QStringLiteral("seq")].toInteger();

    m_table->showBalls({BallPosition{0, Vec2{635.0, 635.0}}});
    QTRY_VERIFY_WITH_TIMEOUT(client.received().size() >= 2, kTimeoutMs);
    const QJsonObject state = client.received()[1];
    QCOMPARE(typeOf(state), QStringLiteral("state"));
    QCOMPARE(state[QStringLiteral("seq")].toInteger(), seq + 1);
    QCOMPARE(state[QStringLiteral("balls")].toArray().size(), 1);
    QVERIFY(!client.closed());
}

// A join and what answers it: a snapshot with the role, or a close code.
void tst_LiveServer::join_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("token"); // "valid": this table's token; empty: none
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("closeCode");

    QTest::newRow("spectator") << QStringLiteral("Table 1") << QString()
                               << QStringLiteral("spectator") << 0;
    QTest::newRow("the table's name in other case")
        << QStringLiteral("table 1") << QString() << QStringLiteral("spectator") << 0;
    QTest::newRow("player with the table's token")
        << QStringLiteral("Table 1") << QStringLiteral("valid") << QStringLiteral("player") << 0;
    QTest::newRow("unknown table") << QStringLiteral("Table 9") << QString() << QString() << 4004;
    QTest::newRow("a forged token")
        << QStringLiteral("Table 1") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA") << QString()
        << 4001;
    QTest::newRow("another table's token")
        << QStringLiteral("Table 1") << QStringLiteral("table 8") << QString() << 4001;
    QTest::newRow("another secret's token")
        << QStringLiteral("Table 1") << QStringLiteral("old secret") << QString() << 4001;
}

void tst_LiveServer::join()
{
    QFETCH(QString, table);
    QFETCH(QString, token);
    QFETCH(QString, role);
    QFETCH(int, closeCode);

    std::optional<QString> k;
    if (token == QLatin1String("valid"))
        k = JoinTokens(kSecret).token(kTableId);
    else if (token == QLatin1String("table 8"))
        k = JoinTokens(kSecret).token(8);
    else if (token == QLatin1String("old secret"))
        k = JoinTokens(QByteArrayLiteral("the secret before")).token(kTableId);
    else if (!token.isEmpty())
        k = token;

    Client client(m_server->port());
    QVERIFY(client.waitConnected());
    client.send(joinMessage(table, k));
    if (closeCode != 0) {
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kTimeoutMs);
        QCOMPARE(client.closeCode(), closeCode);
        QVERIFY(!client.closeReason().isEmpty());
        QVERIFY(client.received().empty());
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.received().size(), std::size_t(1), kTimeoutMs);
    QCOMPARE(typeOf(client.received().front()), QStringLiteral("snapshot"));
    QCOMPARE(client.received().front()[QStringLiteral("role")].toString(), role);
    QVERIFY(!client.closed());
}

// Messages that break the protocol, each closing the connection with its code.
void tst_LiveServer::brokenRules_data()
{
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<int>("closeCode");

    const QString spectator = compact(joinMessage(QStringLiteral("Table 1")));
    QTest::newRow("not JSON") << QStringList{QStringLiteral("hello")} << 1007;
    QTest::newRow("the first message not a join")
        << QStringList{QStringLiteral(R"({"type": "ping"})")} << 1008;
    QTest::newRow("a spectator sits")
        << QStringList{spectator, QStringLiteral(R"({"type": "sit", "seat": 0})")} << 1008;
    QTest::newRow("a spectator chats")
        << QStringList{spectator, QStringLiteral(R"({"type": "chat", "text": "hi"})")} << 1008;
    QTest::newRow("a second join") << QStringList{spectator, spectator} << 1008;
    QTest::newRow("protocol 2") << QStringList{QStringLiteral(
        R"({"type": "join", "table": "Table 1", "protocol": 2})")}
                                << 4000;
    QTest::newRow("an unknown type after joining")
        << QStringList{spectator, QStringLiteral(R"({"type": "dance"})")} << 1008;
    QTest::newRow("a message over 64 KB")
        << QStringList{spectator, QStringLiteral(R"({"type": "chat", "text": "%1"})")
                                      .arg(QString(70 * 1024, QLatin1Char('x')))}
        << 1009;
    QStringList burst{spectator};
    for (int i = 0; i < 60; ++i)
        burst << QStringLiteral(R"({"type": "ping"})");
    QTest::newRow("60 pings at once: more than a burst of 40") << burst << 4008;
}

void tst_LiveServer::brokenRules()
{
    QFETCH(QStringList, messages);
    QFETCH(int, closeCode);

    Client client(m_server->port());
    QVERIFY(client.waitConnected());
    for (const QString &message : messages)
        client.sendText(message);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kTimeoutMs);
    QCOMPARE(client.closeCode(), closeCode);
    QVERIFY(!client.closeReason().isEmpty());
    // The server carries on: another client joins.
    Client other(m_server->port());
    QVERIFY(other.waitConnected());
    other.send(joinMessage(QStringLiteral("Table 1")));
    QTRY_COMPARE_WITH_TIMEOUT(other.received().size(), std::size_t(1), kTimeoutMs);
}

void tst_LiveServer::pingAndRequests()
{
    Client player(m_server->port());
    QVERIFY(player.waitConnected());
    player.send(joinMessage(QStringLiteral("Table 1"), JoinTokens(kSecret).token(kTableId)));
    player.send({{QStringLiteral("type"), QStringLiteral("ping")}});
    player.send({{QStringLiteral("type"), QStringLiteral("sit")}, {QStringLiteral("seat"), 0}});
    player.send({{QStringLiteral("type"), QStringLiteral("chat")},
                 {QStringLiteral("text"), QStringLiteral("nice shot")}});
    QTRY_COMPARE_WITH_TIMEOUT(player.received().size(), std::size_t(5), kTimeoutMs);
    const std::vector<QJsonObject> &got = player.received();
    QCOMPARE(typeOf(got[0]), QStringLiteral("snapshot"));
    QCOMPARE(typeOf(got[1]), QStringLiteral("pong"));
    QVERIFY(got[1][QStringLiteral("t")].toInteger() > 0);
    QVERIFY(!got[1].contains(QStringLiteral("seq")));
    // No match at the table: the seat is refused with a sentence, the connection stays.
    QCOMPARE(typeOf(got[2]), QStringLiteral("refused"));
    QCOMPARE(got[2][QStringLiteral("request")].toString(), QStringLiteral("sit"));
    QCOMPARE(got[2][QStringLiteral("seat")], QJsonValue(QJsonValue::Null));
    QVERIFY(got[2][QStringLiteral("reason")].toString().endsWith(QLatin1Char('.')));
    // The chat line goes to the whole table (the sender too), then the answer.
    QCOMPARE(typeOf(got[3]), QStringLiteral("chat"));
    QCOMPARE(got[3][QStringLiteral("text")].toString(), QStringLiteral("nice shot"));
    QCOMPARE(got[3][QStringLiteral("seq")].toInteger(),
             got[0][QStringLiteral("seq")].toInteger() + 1);
    QCOMPARE(typeOf(got[4]), QStringLiteral("accepted"));
    QCOMPARE(got[4][QStringLiteral("request")].toString(), QStringLiteral("chat"));
    QVERIFY(!player.closed());
}

// Two phones on a table with a match: one seat each, a taken seat refused by name, a seat
// freed when its phone goes, and a resuming join with its seat answered like a sit.
void tst_LiveServer::seats()
{
    venue::TableScoreboard scoreboard;
    venue::Scoreboard board;
    board.hasMatch = true;
    board.players = {QStringLiteral("Ada"), QStringLiteral("Bo")};
    board.turn = 0;
    scoreboard.show(board);
    m_table->follow(&scoreboard, nullptr);
    const QString token = JoinTokens(kSecret).token(kTableId);
    const QJsonObject sitOnZero{{QStringLiteral("type"), QStringLiteral("sit")},
                                {QStringLiteral("seat"), 0}};

    auto ada = std::make_unique<Client>(m_server->port());
    QVERIFY(ada->waitConnected());
    ada->send(joinMessage(QStringLiteral("Table 1"), token));
    ada->send(sitOnZero);
    QTRY_COMPARE_WITH_TIMEOUT(ada->received().size(), std::size_t(3), kTimeoutMs);
    QCOMPARE(typeOf(ada->received()[1]), QStringLiteral("seats"));
    QCOMPARE(typeOf(ada->received()[2]), QStringLiteral("accepted"));
    QCOMPARE(ada->received()[2][QStringLiteral("seat")].toInt(-1), 0);

    Client bo(m_server->port());
    QVERIFY(bo.waitConnected());
    bo.send(joinMessage(QStringLiteral("Table 1"), token));
    bo.send(sitOnZero);
    QTRY_COMPARE_WITH_TIMEOUT(bo.received().size(), std::size_t(2), kTimeoutMs);
    const QJsonObject refused = bo.received()[1];
    QCOMPARE(typeOf(refused), QStringLiteral("refused"));
    QCOMPARE(refused[QStringLiteral("seat")], QJsonValue(QJsonValue::Null));
    QCOMPARE(refused[QStringLiteral("reason")].toString(),
             QStringLiteral("Ada's seat is taken on another phone."));
    const qint64 seen = bo.received()[0][QStringLiteral("seq")].toInteger();

    // Ada's phone goes: her seat is free again.
    ada.reset();
    QTRY_COMPARE_WITH_TIMEOUT(bo.received().size(), std::size_t(3), kTimeoutMs);
    QCOMPARE(typeOf(bo.received()[2]), QStringLiteral("seats"));
    QCOMPARE(bo.received()[2][QStringLiteral("seats")][0][QStringLiteral("taken")].toBool(true),
             false);

    // She comes back with the last seq she saw and her seat: what she missed, then the answer.
    Client back(m_server->port());
    QVERIFY(back.waitConnected());
    QJsonObject resume = joinMessage(QStringLiteral("Table 1"), token);
    resume.insert(QStringLiteral("seq"), seen);
    resume.insert(QStringLiteral("seat"), 0);
    back.send(resume);
    QTRY_VERIFY_WITH_TIMEOUT(!back.received().empty()
                                 && typeOf(back.received().back()) == QLatin1String("accepted"),
                             kTimeoutMs);
    // Every message once, in order, from the one after `seen`; the last before the answer is
    // the `seats` of her sitting down again.
    const std::vector<QJsonObject> &got = back.received();
    for (std::size_t i = 0; i + 1 < got.size(); ++i)
        QCOMPARE(got[i][QStringLiteral("seq")].toInteger(), seen + 1 + qint64(i));
    QVERIFY(got.size() >= 2);
    QCOMPARE(typeOf(got[got.size() - 2]), QStringLiteral("seats"));
    QCOMPARE(got[got.size() - 2][QStringLiteral("seats")][0][QStringLiteral("taken")].toBool(),
             true);
    QCOMPARE(back.received().back()[QStringLiteral("request")].toString(), QStringLiteral("sit"));
    QCOMPARE(back.received().back()[QStringLiteral("seat")].toInt(-1), 0);

    // A join with a seat and no seq: the snapshot tells the seat, nothing comes before it.
    Client onOne(m_server->port());
    QVERIFY(onOne.waitConnected());
    QJsonObject seated = joinMessage(QStringLiteral("Table 1"), token);
    seated.insert(QStringLiteral("seat"), 1);
    onOne.send(seated);
    QTRY_VERIFY_WITH_TIMEOUT(!onOne.received().empty(), kTimeoutMs);
    QTest::qWait(50);
    QCOMPARE(onOne.received().size(), std::size_t(1));
    const QJsonObject snapshot = onOne.received().front();
    QCOMPARE(typeOf(snapshot), QStringLiteral("snapshot"));
    QCOMPARE(snapshot[QStringLiteral("seat")].toInt(-1), 1);
    QCOMPARE(snapshot[QStringLiteral("seats")][1][QStringLiteral("taken")].toBool(), true);
    QCOMPARE(snapshot[QStringLiteral("seq")].toInteger(),
             bo.received().back()[QStringLiteral("seq")].toInteger());
    m_table->follow(nullptr, nullptr);
}

void tst_LiveServer::resumeSendsWhatWasMissed()
{
    QVERIFY(m_table->chat(1000, QStringLiteral("one")));
    Client first(m_server->port());
    QVERIFY(first.waitConnected());
    first.send(joinMessage(QStringLiteral("Table 1")));
    QTRY_COMPARE_WITH_TIMEOUT(first.received().size(), std::size_t(1), kTimeoutMs);
    const qint64 seen = first.received().front()[QStringLiteral("seq")].toInteger();
    QVERIFY(m_table->chat(1000, QStringLiteral("two")));
    QVERIFY(m_table->chat(1000, QStringLiteral("three")));

    Client again(m_server->port());
    QVERIFY(again.waitConnected());
    QJsonObject resume = joinMessage(QStringLiteral("Table 1"));
    resume.insert(QStringLiteral("seq"), seen);
    again.send(resume);
    QTRY_COMPARE_WITH_TIMEOUT(again.received().size(), std::size_t(2), kTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(again.received().size(), std::size_t(2));
    QCOMPARE(again.received()[0][QStringLiteral("text")].toString(), QStringLiteral("two"));
    QCOMPARE(again.received()[0][QStringLiteral("seq")].toInteger(), seen + 1);
    QCOMPARE(again.received()[1][QStringLiteral("text")].toString(), QStringLiteral("three"));

    // A seq this server never sent: a fresh snapshot.
    Client stranger(m_server->port());
    QVERIFY(stranger.waitConnected());
    resume.insert(QStringLiteral("seq"), 12);
    stranger.send(resume);
    QTRY_COMPARE_WITH_TIMEOUT(stranger.received().size(), std::size_t(1), kTimeoutMs);
    QCOMPARE(typeOf(stranger.received().front()), QStringLiteral("snapshot"));
    QCOMPARE(stranger.received().front()[QStringLiteral("seq")].toInteger(), seen + 2);
}

void tst_LiveServer::apiTables()
{
    Client watcher(m_server->port());
    QVERIFY(watcher.waitConnected());
    watcher.send(joinMessage(QStringLiteral("Table 1")));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.received().size(), std::size_t(1), kTimeoutMs);

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/tables").arg(m_server->port())))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY2(reply->header(QNetworkRequest::ContentTypeHeader)
                 .toString()
                 .startsWith(QLatin1String("application/json")),
             qPrintable(reply->header(QNetworkRequest::ContentTypeHeader).toString()));
    const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
    QVERIFY(json.isArray());
    QCOMPARE(json.array().size(), 1);
    const QJsonObject table = json.array().first().toObject();
    QCOMPARE(table[QStringLiteral("name")].toString(), QStringLiteral("Table 1"));
    QCOMPARE(table[QStringLiteral("size")].toString(), QStringLiteral("9ft"));
    QCOMPARE(table[QStringLiteral("status")].toString(), QStringLiteral("free"));
    QCOMPARE(table[QStringLiteral("camera")].toString(), QStringLiteral("none"));
    QCOMPARE(table[QStringLiteral("watching")].toInt(), 1);
    QCOMPARE(table[QStringLiteral("match")], QJsonValue(QJsonValue::Null));

    std::unique_ptr<QNetworkReply> missing(network.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/nothing").arg(m_server->port())))));
    QTRY_VERIFY_WITH_TIMEOUT(missing->isFinished(), kTimeoutMs);
    QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

// The tournaments come from the app's functions; the server only routes and answers.
void tst_LiveServer::apiTournaments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("given"); // the app gave its tournaments
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind"); // "json": the body is this JSON; "text": this sentence;
                                       // "page": an HTML page that loads this
    QTest::addColumn<QString>("body");

    const QString list = QStringLiteral(R"([{"id":3,"name":"Friday 9-ball","players":6}])");
    const QString one = QStringLiteral(R"({"id":3,"name":"Friday 9-ball","matches":[]})");
    QTest::newRow("the list") << QStringLiteral("/api/tournaments") << true << 200
                              << QStringLiteral("json") << list;
    QTest::newRow("no tournaments given") << QStringLiteral("/api/tournaments") << false << 200
                                          << QStringLiteral("json") << QStringLiteral("[]");
    QTest::newRow("one") << QStringLiteral("/api/tournaments/3") << true << 200
                         << QStringLiteral("json") << one;
    QTest::newRow("unknown") << QStringLiteral("/api/tournaments/4") << true << 404
                             << QStringLiteral("text")
                             << QStringLiteral("This venue has no tournament 4.");
    QTest::newRow("not a number") << QStringLiteral("/api/tournaments/3x") << true << 404
                                  << QStringLiteral("text")
                                  << QStringLiteral("This venue has no tournament 3x.");
    QTest::newRow("a leading zero")
        << QStringLiteral("/api/tournaments/03") << true << 404 << QStringLiteral("text")
        << QStringLiteral("This venue has no tournament 03.");
    QTest::newRow("none given, one asked for")
        << QStringLiteral("/api/tournaments/3") << false << 404 << QStringLiteral("text")
        << QStringLiteral("This venue has no tournament 3.");
    QTest::newRow("the reading fails")
        << QStringLiteral("/api/tournaments/13") << true << 503 << QStringLiteral("text")
        << QStringLiteral("The database went away.");
    QTest::newRow("the list page") << QStringLiteral("/tournaments") << false << 200
                                   << QStringLiteral("page") << QStringLiteral("tournament.js");
    QTest::newRow("a tournament's page")
        << QStringLiteral("/tournaments/3") << false << 200 << QStringLiteral("page")
        << QStringLiteral("tournament.js");
}

void tst_LiveServer::apiTournaments()
{
    QFETCH(QString, path);
    QFETCH(bool, given);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QString, body);

    if (given) {
        m_server->setTournaments(
            {.list =
                 [] {
                     return Result<QJsonArray>(
                         QJsonDocument::fromJson(R"([{"id":3,"name":"Friday 9-ball","players":6}])")
                             .array());
                 },
             .one = [](qint64 id) -> Result<std::optional<QJsonObject>> {
                 if (id == 13)
                     return Unexpected(QStringLiteral("The database went away."));
                 if (id != 3)
                     return std::optional<QJsonObject>();
                 return std::optional<QJsonObject>(
                     QJsonDocument::fromJson(R"({"id":3,"name":"Friday 9-ball","matches":[]})")
                         .object());
             }});
    }
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QByteArray answer = reply->readAll();
    if (kind == u"json") {
        QVERIFY2(type.startsWith(QLatin1String("application/json")), qPrintable(type));
        QCOMPARE(QJsonDocument::fromJson(answer), QJsonDocument::fromJson(body.toUtf8()));
    } else if (kind == u"text") {
        QVERIFY2(type.startsWith(QLatin1String("text/plain")), qPrintable(type));
        QCOMPARE(QString::fromUtf8(answer).trimmed(), body);
    } else {
        QVERIFY2(type.startsWith(QLatin1String("text/html")), qPrintable(type));
        QVERIFY2(answer.contains(body.toUtf8()), answer.left(200).constData());
    }
}

// A raw client that joins, then stops reading: the server skips its states once too much
// waits, closes it (4009) past the limit, and a second client keeps every message.
void tst_LiveServer::slowClientSkipsStatesAndIsClosed()
{
    LiveLimits limits;
    limits.dropStatesAbove = 64 * 1024;
    limits.closeAbove = 2 * 1024 * 1024;
    m_server->setLimits(limits);

    std::vector<OutgoingPtr> published;
    connect(m_table, &LiveTable::published, this,
            [&](const OutgoingPtr &message) { published.push_back(message); });

    Client fast(m_server->port());
    QVERIFY(fast.waitConnected());
    fast.send(joinMessage(QStringLiteral("Table 1")));
    QTRY_COMPARE_WITH_TIMEOUT(fast.received().size(), std::size_t(1), kTimeoutMs);

    QTcpSocket slow;
    slow.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    slow.setReadBufferSize(4096); // Qt stops reading from the system once this is full
    slow.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(slow.waitForConnected(kTimeoutMs));
    slow.write(QByteArrayLiteral("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                                 "Connection: Upgrade\r\nSec-WebSocket-Key: "
                                 "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
    QByteArray handshake;
    QTRY_VERIFY_WITH_TIMEOUT((handshake += slow.readAll()).contains("\r\n\r\n"), kTimeoutMs);
    QVERIFY2(handshake.startsWith("HTTP/1.1 101"), handshake.constData());
    ServerFrames frames;
    readFrames(handshake.mid(handshake.indexOf("\r\n\r\n") + 4), frames);
    slow.write(clientFrame(compact(joinMessage(QStringLiteral("Table 1"))).toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT((readFrames(slow.readAll(), frames), !frames.texts.empty()),
                             kTimeoutMs);
    QCOMPARE(typeOf(frames.texts.front()), QStringLiteral("snapshot"));
    // From here on the slow client reads nothing.

    const QString line(16 * 1024, QLatin1Char('x'));
    constexpr int kLines = 1000; // 16 MB: more than the system's buffers hold, and the limit
    for (int i = 0; i < kLines; ++i) {
        QVERIFY(m_table->chat(1000, line));
        m_table->showBalls({BallPosition{0, Vec2{100.0 + i, 635.0}}});
        // A state goes out at the table's next tick (30 Hz): one every 256 KB of chat.
        if (i % 16 == 15)
            QTest::qWait(40);
        else if (i % 2 == 1)
            QTest::qWait(1);
    }
    QVERIFY(m_table->chat(1000, QStringLiteral("the end")));
    const qint64 last = published.back()->seq;
    (void)QTest::qWaitFor(
        [&] {
            return fast.closed()
                   || fast.received().back()[QStringLiteral("seq")].toInteger() == last;
        },
        60000);
    QVERIFY2(!fast.closed(), qPrintable(QStringLiteral("the fast client was closed (%1): %2")
                                            .arg(fast.closeCode())
                                            .arg(fast.closeReason())));
    QVERIFY2(fast.received().back()[QStringLiteral("seq")].toInteger() == last,
             qPrintable(QStringLiteral("the fast client got %1 messages of %2, the last %3")
                            .arg(fast.received().size())
                            .arg(published.size())
                            .arg(fast.received().back()[QStringLiteral("seq")].toInteger())));
    // The fast client got every message but states in order, once. (On a loaded machine even
    // a client in this process may lag enough to skip a state: that is allowed.)
    std::size_t at = 1;
    int fastSkipped = 0;
    for (const OutgoingPtr &message : published) {
        if (at < fast.received().size()
            && fast.received()[at][QStringLiteral("seq")].toInteger() == message->seq) {
            ++at;
            continue;
        }
        QVERIFY2(message->isState,
                 qPrintable(QStringLiteral("the fast client missed message %1, not a state")
                                .arg(message->seq)));
        ++fastSkipped;
    }
    QCOMPARE(at, fast.received().size());

    // Now the slow client reads all that waited for it: the messages, then the close.
    slow.setReadBufferSize(0);
    QTRY_VERIFY_WITH_TIMEOUT((readFrames(slow.readAll(), frames), frames.closeCode.has_value()),
                             20000);
    QCOMPARE(*frames.closeCode, 4009);
    std::set<qint64> got;
    for (std::size_t i = 1; i < frames.texts.size(); ++i)
        got.insert(frames.texts[i][QStringLiteral("seq")].toInteger());
    QVERIFY2(!got.empty(), "the slow client got nothing before it was closed");
    QVERIFY2(got.size() < published.size(), "the slow client was closed only after the end");
    // Up to the last message it got, only states are missing.
    int skippedStates = 0;
    for (const OutgoingPtr &message : published) {
        if (message->seq > *got.rbegin())
            break;
        if (got.count(message->seq) == 0) {
            QVERIFY2(message->isState,
                     qPrintable(QStringLiteral("the slow client missed message %1, not a state")
                                    .arg(message->seq)));
            ++skippedStates;
        }
    }
    qInfo("the slow client got %d of %d messages, %d states skipped, before it was closed; "
          "the fast client skipped %d states",
          int(got.size()), int(published.size()), skippedStates, fastSkipped);
    QVERIFY2(skippedStates > 0, "no state was skipped before the slow client was closed");
}

QTEST_GUILESS_MAIN(tst_LiveServer)
#include "tst_liveserver.moc"
